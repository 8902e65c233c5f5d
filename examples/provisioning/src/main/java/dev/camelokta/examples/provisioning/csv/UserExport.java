package dev.camelokta.examples.provisioning.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.logging.LogValues;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The reconciliation CSV, {@code users-<time>.csv}: one line per Okta user, written as listUsers streams them. It
 * grows in a hidden {@code .part} file renamed when complete, and one that fails midway is deleted, so that the outbox
 * only shows whole exports: {@link #discardIfUnfinished()} deletes the {@code .part} of a run that did not finish. No cell can run as a formula in a spreadsheet ({@link FormulaGuard}).
 */
public final class UserExport {

    public static final String[] COLUMNS = { "id", "login", "email", "first_name", "last_name", "status", "created",
                                             "last_login" };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final CSVFormat PLAIN = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat QUOTED = PLAIN.builder().setQuoteMode(QuoteMode.ALL).get();

    private final Path part;
    private final Path export;
    private final BufferedWriter out;
    private long users;
    private boolean finished;

    private UserExport(Path part, Path export, BufferedWriter out) {
        this.part = part;
        this.export = export;
        this.out = out;
    }

    public static UserExport open(Path outbox, Instant now) throws IOException {
        Files.createDirectories(outbox);
        String name = "users-" + TIME.format(now) + ".csv";
        Path part = outbox.resolve("." + name + ".part");
        BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        PLAIN.printRecord(out, (Object[]) COLUMNS);
        return new UserExport(part, outbox.resolve(name), out);
    }

    public void write(OktaUser user) throws IOException {
        Map<String, Object> profile = user.getProfile() == null ? Map.of() : user.getProfile();
        Object[] cells = { user.getId(), profile.get("login"), profile.get("email"), profile.get("firstName"),
                           profile.get("lastName"), user.getStatus(), user.getCreated(), user.getLastLogin() };
        for (int column = 0; column < cells.length; column++) {
            Object cell = cells[column];
            (FormulaGuard.startsLikeAFormula(cell) ? QUOTED : PLAIN).print(FormulaGuard.neutralised(cell), out, column == 0);
        }
        PLAIN.println(out);
        users++;
    }

    public long users() {
        return users;
    }

    /** Where the export is once finished. */
    public Path path() {
        return export;
    }

    /** Publishes the export. */
    public void finish() throws IOException {
        out.close();
        Files.move(part, export, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    /** Drops an export that could not list every user: half a list would read as users gone. */
    public void discardIfUnfinished() {
        if (finished) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + LogValues.safe(part, 512), e);
        }
    }
}
