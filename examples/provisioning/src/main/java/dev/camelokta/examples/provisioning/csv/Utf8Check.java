package dev.camelokta.examples.provisioning.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the first byte of a file that is not UTF-8, and the CSV row it is in, so that a file saved in another
 * encoding is refused as a whole, before any of its rows costs an Okta call, with an error that says where to look.
 * (Decoding while parsing cannot say where: the decoder reads ahead of the parser by thousands of bytes.)
 */
final class Utf8Check {

    private static final int BUFFER = 8192;

    private Utf8Check() {
    }

    /**
     * @return why the file is not UTF-8 text, e.g. {@code row 3 has the byte 0xE9 at byte offset 57, which UTF-8 does
     *         not allow there}; empty when it is UTF-8 text
     */
    static Optional<String> problem(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long bytesBefore = 0;
        long charsBefore = 0;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean endOfInput = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, endOfInput);
                    charsBefore += out.position();
                    out.clear();
                    if (result.isError()) {
                        long offset = bytesBefore + in.position();
                        return Optional.of(where(file, charsBefore) + " has the byte "
                                           + String.format(Locale.ROOT, "0x%02X", in.get(in.position()) & 0xFF)
                                           + " at byte offset " + offset + ", which UTF-8 does not allow there");
                    }
                } while (result.isOverflow());
                bytesBefore += in.position();
                in.compact();
                if (endOfInput) {
                    return Optional.empty();
                }
            }
        }
    }

    /** "the header row" or "row 3": the CSV record the character at {@code charIndex} is in, read as the route reads. */
    private static String where(Path file, long charIndex) {
        OptionalLong record = recordAt(file, charIndex);
        if (record.isEmpty()) {
            return "the file";
        }
        return record.getAsLong() == 1 ? "the header row" : "row " + (record.getAsLong() - 1);
    }

    /** The number (1 for the header) of the last record that starts at or before {@code charIndex}. */
    private static OptionalLong recordAt(Path file, long charIndex) {
        // the decoder of Files.newBufferedReader reports bad bytes; this one replaces them, which changes nothing before
        // the first of them, and lets the parser go on to the record that holds it
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            long number = 0;
            for (CSVRecord record : parser) {
                if (record.getCharacterPosition() > charIndex) {
                    break;
                }
                number = record.getRecordNumber();
            }
            return number == 0 ? OptionalLong.empty() : OptionalLong.of(number);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return OptionalLong.empty(); // a record before it cannot be parsed either: the byte offset has to do
        }
    }
}
