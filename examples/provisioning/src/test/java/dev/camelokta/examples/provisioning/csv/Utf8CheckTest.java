package dev.camelokta.examples.provisioning.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8CheckTest {

    private static final String HEADER = "first_name,last_name,email,login\n";

    @TempDir
    Path dir;

    @Test
    void aUtf8FileHasNoProblemWhateverItsScripts() throws Exception {
        Path file = write("\uFEFF" + HEADER + "Zoë,Ærø,zoe@example.com,zoe@example.com\n李,小龙,li@example.com,li@example.com\n");

        assertThat(Utf8Check.problem(file)).isEmpty();
    }

    @Test
    void namesTheRowAndTheByteOffsetOfTheFirstByteThatIsNotUtf8() throws Exception {
        byte[] latin1 = (HEADER + "Ada,Lovelace,ada@example.com,ada@example.com\n"
                         + "Alan,Turing,alan@example.com,alan@example.com\n"
                         + "José,García,jose@example.com,jose@example.com\n").getBytes(StandardCharsets.ISO_8859_1);
        int offset = (HEADER + "Ada,Lovelace,ada@example.com,ada@example.com\n"
                      + "Alan,Turing,alan@example.com,alan@example.com\nJos").length();

        assertThat(Utf8Check.problem(write(latin1)))
                .hasValue("row 3 has the byte 0xE9 at byte offset " + offset + ", which UTF-8 does not allow there");
    }

    @Test
    void findsTheRowFarBeyondWhatADecoderReadsAheadAndAfterMultiLineValues() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int row = 1; row <= 2000; row++) {
            file.writeBytes(("Grace,\"Hopper\nline two of row " + row + "\",g" + row + "@example.com,g" + row
                             + "@example.com\n").getBytes(StandardCharsets.UTF_8));
        }
        int offset = file.size() + "Bad,".length();
        file.writeBytes("Bad,".getBytes(StandardCharsets.UTF_8));
        file.write(0xC3); // the first byte of a two-byte sequence, then no second one
        file.writeBytes(",bad@example.com,bad@example.com\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Utf8Check.problem(write(file.toByteArray())))
                .hasValue("row 2001 has the byte 0xC3 at byte offset " + offset + ", which UTF-8 does not allow there");
    }

    @Test
    void aBadByteInTheHeaderOrAtTheEndIsFoundToo() throws Exception {
        byte[] header = "first_name,last_name,e\u00ADmail,login\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cutShort = { 'a', ',', 'b', '\n', 'c', (byte) 0xE2, (byte) 0x82 }; // the euro sign without its last byte

        assertThat(Utf8Check.problem(write(header)))
                .hasValue("the header row has the byte 0xAD at byte offset 22, which UTF-8 does not allow there");
        assertThat(Utf8Check.problem(write(cutShort)))
                .hasValue("row 1 has the byte 0xE2 at byte offset 5, which UTF-8 does not allow there");
    }

    private Path write(String text) throws Exception {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "users", ".csv"), bytes);
    }
}
