package dev.camelokta.examples.provisioning.csv;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * The data rows of one CSV file, parsed one at a time as the splitter asks for them, so memory stays the same whatever
 * the file's size. A record that commons-csv cannot parse ends the rows and is kept as the file's failure: the rows
 * read before it still finish and reach the report, then the file goes to the error folder.
 *
 * <p>Read by the splitter's one thread; {@link #failure()} is asked after the split has ended.
 */
public final class CsvFileRows implements Iterator<UserRow> {

    private final Iterator<List<String>> records;
    private final UserRowParser parser;
    private long read;
    private volatile String failure;

    private CsvFileRows(Iterator<List<String>> records, UserRowParser parser) {
        this.records = records;
        this.parser = parser;
    }

    /**
     * Reads the header record.
     *
     * @param  records                the file's records, as camel-csv unmarshals them lazily
     * @throws UnreadableCsvException when there is no header row, or not one of a users CSV
     */
    public static CsvFileRows open(Iterator<List<String>> records) {
        List<String> headerRow;
        try {
            if (!records.hasNext()) {
                throw new UnreadableCsvException("the file is empty: it has no header row");
            }
            headerRow = records.next();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new UnreadableCsvException("the header row cannot be parsed: " + why(e), e);
        }
        return new CsvFileRows(records, new UserRowParser(UserCsvHeader.parse(headerRow)));
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            return false;
        }
        try {
            return records.hasNext();
        } catch (IllegalStateException | UncheckedIOException e) {
            failure = "row " + (read + 1) + " cannot be parsed (" + why(e) + "); the report has the " + read
                      + (read == 1 ? " row" : " rows") + " before it";
            return false;
        }
    }

    @Override
    public UserRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        read++;
        return parser.parse(read, records.next());
    }

    /** Why the rows ended early, or empty when the whole file was read. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** commons-csv's own message, or what the decoder found, such as bytes that are not UTF-8. */
    private static String why(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return LogValues.safe(root instanceof CharacterCodingException ? "it is not UTF-8 text: " + root : root.getMessage());
    }
}
