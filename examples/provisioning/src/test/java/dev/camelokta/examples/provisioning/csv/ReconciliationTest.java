package dev.camelokta.examples.provisioning.csv;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.examples.provisioning.ReportCsv;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation: every user streamed from okta:listUsers, page by page, into outbox/users-<time>.csv.
 */
class ReconciliationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestApplication app = TestApplication.against(OktaSandbox.builder(),
            Map.of("provisioning.reconcile.enabled", "false", "provisioning.csv.max-retries", "0"));

    @Test
    void writesEveryUserOverSeveralPagesWithFormulasNeutralised() throws Exception {
        for (int i = 0; i < 450; i++) { // Okta's default page is 200: three pages
            app.okta().createUser(Map.of("firstName", "User", "lastName", "Number" + i, "email", "user" + i + "@example.com",
                    "login", "user" + i + "@example.com"));
        }
        SandboxUser eve = app.okta().createUser(Map.of("firstName", "=HYPERLINK(\"http://evil.example\")", "lastName", "Eve",
                "email", "eve@example.com", "login", "eve@example.com"));
        int users = app.okta().userCount(); // the other test's users too: the class shares one sandbox
        long listCallsBefore = app.okta().counters().requests(Bucket.LIST_USERS);

        HttpResponse<String> response = app.rest().post("/reconcile", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("users").asInt()).isEqualTo(users);
        List<CSVRecord> records = ReportCsv.records(app.folder("outbox/" + body.get("file").asText()));
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(UserExport.COLUMNS);
        assertThat(records).hasSize(users);
        CSVRecord eveLine = records.stream().filter(r -> r.get("id").equals(eve.id())).findFirst().orElseThrow();
        assertThat(eveLine.get("first_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(eveLine.get("status")).isEqualTo("ACTIVE");
        assertThat(app.okta().counters().requests(Bucket.LIST_USERS) - listCallsBefore).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aListingThatFailsLeavesNoFileAndAnswers502() throws Exception {
        app.okta().createUser(Map.of("firstName", "Ken", "lastName", "Thompson", "email", "ken@example.com",
                "login", "ken@example.com"));
        List<String> before = outboxFiles();
        app.okta().failNextRequests(Bucket.LIST_USERS, 1); // no retries in this class: the listing fails

        HttpResponse<String> response = app.rest().post("/reconcile", "");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("success").asBoolean()).isFalse();
        assertThat(outboxFiles()).isEqualTo(before); // neither a users file nor its .part
    }

    private static List<String> outboxFiles() throws Exception {
        Files.createDirectories(app.folder("outbox"));
        try (Stream<Path> files = Files.list(app.folder("outbox"))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
