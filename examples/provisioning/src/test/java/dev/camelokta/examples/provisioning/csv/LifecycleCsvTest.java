package dev.camelokta.examples.provisioning.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.camelokta.examples.provisioning.ReportCsv;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxGroup;
import dev.camelokta.sandbox.SandboxUser;
import dev.camelokta.sandbox.UserStatus;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Joiners, movers and leavers from one CSV file (the action and groups columns), end to end against the sandbox.
 */
class LifecycleCsvTest {

    private static final Duration PROCESSED = Duration.ofSeconds(60);
    private static final String HEADER = "action,first_name,last_name,email,login,mobile_phone,groups\n";

    @RegisterExtension
    static final TestApplication app = TestApplication.against(
            OktaSandbox.builder().group("Engineering").group("Sales").group("Marketing"),
            Map.of("provisioning.csv.parallelism", "2"));

    @Test
    void joinsMovesAndDeactivatesWithOneReportLinePerRow() throws IOException {
        SandboxUser grace = app.okta().createUser(Map.of("firstName", "Grace", "lastName", "Hopper",
                "email", "grace@example.com", "login", "grace@example.com"));
        app.okta().addToGroup(app.okta().group("Sales").id(), grace.id());
        SandboxUser linus = app.okta().createUser(Map.of("firstName", "Linus", "lastName", "Torvalds",
                "email", "linus@example.com", "login", "linus@example.com"));

        app.drop("lifecycle.csv", HEADER
                                  + "join,Ada,Lovelace,ada@example.com,ada@example.com,,Engineering; Marketing\n"
                                  + "move,,,,grace@example.com,+1 555 0100,Engineering;-Sales\n"
                                  + "leave,,,,linus@example.com,,\n"
                                  + "join,Alan,Turing,alan@example.com,alan@example.com,,NoSuchGroup\n"
                                  + "fire,,,,edsger@example.com,,\n"
                                  + "leave,,,,nobody@example.com,,\n"
                                  + "move,,,,,+1 555 0101,\n"
                                  + "JOIN,Barbara,Liskov,barbara@example.com,barbara@example.com,,\n");

        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("done/lifecycle.csv")));

        List<List<String>> rows = reportRows("lifecycle-report.csv");
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0)).containsExactly("1", "ada@example.com", "created", id("ada@example.com"), "", "");
        assertThat(rows.get(1)).containsExactly("2", "grace@example.com", "moved", grace.id(), "", "");
        assertThat(rows.get(2)).containsExactly("3", "linus@example.com", "deactivated", linus.id(), "", "");
        assertThat(rows.get(3).subList(0, 3)).containsExactly("4", "alan@example.com", "failed");
        assertThat(rows.get(3).get(4)).startsWith("addUserToGroup NoSuchGroup: ");
        assertThat(rows.get(4)).containsExactly("5", "edsger@example.com", "failed", "",
                "invalid action 'fire': use join, move or leave, or leave it empty for join", "");
        assertThat(rows.get(5).subList(0, 3)).containsExactly("6", "nobody@example.com", "failed");
        assertThat(rows.get(5).get(4)).startsWith("deactivateUser: HTTP 404");
        assertThat(rows.get(6)).containsExactly("7", "", "failed", "", "missing login", "");
        assertThat(rows.get(7)).containsExactly("8", "barbara@example.com", "created", id("barbara@example.com"), "", "");

        assertThat(groupNames("ada@example.com")).containsExactlyInAnyOrder("Engineering", "Marketing");
        assertThat(groupNames("grace@example.com")).containsExactly("Engineering");
        assertThat(user("grace@example.com").profileText("mobilePhone")).isEqualTo("+1 555 0100");
        assertThat(user("linus@example.com").status()).isEqualTo(UserStatus.DEPROVISIONED);
        assertThat(app.okta().findByLogin("edsger@example.com")).isEmpty();
    }

    @Test
    void aLeaversFileRunTwiceIsNoFailureTheSecondTime() throws IOException {
        app.okta().createUser(Map.of("firstName", "Ken", "lastName", "Thompson", "email", "ken@example.com",
                "login", "ken@example.com"));
        String leavers = HEADER + "leave,,,,ken@example.com,,\n";

        app.drop("leavers.csv", leavers);
        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("done/leavers.csv")));
        assertThat(reportRows("leavers-report.csv")).extracting(row -> row.get(2)).containsExactly("deactivated");
        Files.delete(app.folder("done/leavers.csv"));

        app.drop("leavers.csv", leavers);
        await().atMost(PROCESSED).until(() -> Files.exists(app.folder("done/leavers.csv")));
        assertThat(reportRows("leavers-report.csv")).extracting(row -> row.get(2)).containsExactly("deactivated");
        assertThat(user("ken@example.com").status()).isEqualTo(UserStatus.DEPROVISIONED);
    }

    private static List<String> groupNames(String login) {
        return app.okta().groupsOf(login).stream().map(SandboxGroup::name).filter(name -> !name.equals("Everyone"))
                .toList();
    }

    private static List<List<String>> reportRows(String reportName) throws IOException {
        List<CSVRecord> records = ReportCsv.records(app.folder("outbox/" + reportName));
        return records.stream().map(CSVRecord::toList)
                .sorted(Comparator.comparingInt(row -> Integer.parseInt(row.get(0))))
                .toList();
    }

    private static SandboxUser user(String login) {
        return app.okta().findByLogin(login).orElseThrow(() -> new AssertionError("No user " + login));
    }

    private static String id(String login) {
        return user(login).id();
    }
}
