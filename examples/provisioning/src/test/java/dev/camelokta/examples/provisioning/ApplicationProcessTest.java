package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the application as the README's command does: its main class in a JVM of its own, with no Okta variables in
 * the environment. It must start the embedded sandbox, provision the shipped sample CSV, serve the REST API with the
 * key it logged, keep its log lines short whatever the files hold, and stop cleanly on SIGTERM. One JVM for the class;
 * the tests run in order, the stop last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationProcessTest {

    private static final Duration STARTED = Duration.ofSeconds(120);
    private static final Duration PROCESSED = Duration.ofSeconds(60);
    private static final String SENT_WRONG_KEY = "wrong-key-a-client-sent-7f3c9b";

    @TempDir
    static Path workDir;

    private static ApplicationProcess application;
    private static RestClient rest;

    @BeforeAll
    static void start() throws IOException {
        application = ApplicationProcess.start(workDir, FreePort.find(), Map.of());
        rest = new RestClient(application.port(), application.generatedApiKey(STARTED));
    }

    @AfterAll
    static void kill() throws InterruptedException {
        if (application != null) {
            application.close();
        }
    }

    @Test
    @Order(1)
    void runsOnTheEmbeddedSandboxWithTheSampleCsvAndTheRestApi() throws Exception {
        Path report = workDir.resolve("work/outbox/users-report.csv");
        await().atMost(STARTED).pollInterval(Duration.ofMillis(250))
                .failFast("the application exited", () -> !application.process().isAlive())
                .until(() -> Files.exists(report) && Files.exists(workDir.resolve("work/done/users.csv")));

        assertThat(application.log())
                .contains("No OKTA_SUBDOMAIN/OKTA_API_TOKEN set: started the embedded Okta sandbox at http://127.0.0.1:");
        List<CSVRecord> rows = ReportCsv.records(report);
        assertThat(rows).hasSize(32);
        assertThat(rows).extracting(row -> row.get("row")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(row -> row.get("status").equals("created")).hasSize(27);
        assertThat(rows).filteredOn(row -> row.get("status").equals("failed")).hasSize(5);

        Path lifecycle = workDir.resolve("work/outbox/lifecycle-report.csv");
        await().atMost(STARTED).pollInterval(Duration.ofMillis(250)).until(() -> Files.exists(lifecycle));
        assertThat(ReportCsv.records(lifecycle)).extracting(row -> row.get("login") + " " + row.get("status"))
                .containsExactlyInAnyOrder("ron.rivest@example.com created", "adi.shamir@example.com created",
                        "whitfield.diffie@example.com moved", "martin.hellman@example.com deactivated",
                        "nobody@example.com failed");

        HttpResponse<String> ada = rest.get("/users/ada.lovelace@example.com");
        assertThat(ada.statusCode()).isEqualTo(200);
        assertThat(ada.body()).contains("\"login\":\"ada.lovelace@example.com\"");
        assertThat(rest.get("/user-types").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theRestApiWantsTheKeyItLoggedOnceAtStartAndLogsNoKeyACallerSent() {
        String key = application.generatedApiKey(STARTED);

        assertThat(rest.withKey(null).get("/user-types").statusCode()).isEqualTo(401);
        assertThat(rest.withKey(SENT_WRONG_KEY).get("/users/ada.lovelace@example.com").statusCode()).isEqualTo(401);
        assertThat(rest.get("/users/nobody@example.com").statusCode()).isEqualTo(404);

        assertThat(application.logLines()).filteredOn(line -> line.contains(key)).hasSize(1);
        assertThat(application.log()).doesNotContain(SENT_WRONG_KEY);
    }

    @Test
    @Order(3)
    void filesThatCannotBeReadGiveOneShortLogLineEachThatSaysWhere() throws Exception {
        String forgedName = "forged\r\n12:00:00.000 INFO  [main] Forged - a line the file name wrote.csv";
        drop(forgedName, "Ada,Lovelace,ada@example.com,ada@example.com\n".getBytes(StandardCharsets.UTF_8));
        drop("wide.csv", (IntStream.range(0, 1_000_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","))
                          + "\n").getBytes(StandardCharsets.UTF_8));
        String beforeTheBadByte = "first_name,last_name,email,login\nAda,Lovelace,ada@example.com,ada@example.com\n"
                                  + "Alan,Turing,alan@example.com,alan@example.com\nJos";
        drop("latin1.csv", (beforeTheBadByte + "é,García,jose@example.com,jose@example.com\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        for (String name : List.of(forgedName, "wide.csv", "latin1.csv")) {
            await().atMost(PROCESSED).until(() -> Files.exists(workDir.resolve("work/error").resolve(name)));
        }
        await().atMost(PROCESSED).until(() -> application.log().contains("latin1.csv: moved to"));

        List<String> lines = application.logLines();
        assertThat(lines).noneMatch(line -> line.startsWith("12:00:00.000 INFO  [main] Forged"));
        assertThat(lines).anyMatch(line -> line.contains(" - forged\\r\\n12:00:00.000 INFO  [main] Forged - a line the "
                                                         + "file name wrote.csv: moved to "));
        assertThat(lines).filteredOn(line -> line.contains("wide.csv: moved to")).singleElement().satisfies(line -> assertThat(line)
                .hasSizeLessThan(1000).contains("unknown columns [c0, c1, c2", "... and 999990 more]"));
        assertThat(lines).anyMatch(line -> line.contains("latin1.csv: moved to ") && line.endsWith(
                "because it is not UTF-8 text: row 3 has the byte 0xE9 at byte offset " + beforeTheBadByte.length()
                + ", which UTF-8 does not allow there; save it as UTF-8"));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThan(2000));
    }

    @Test
    @Order(4)
    void sigtermStopsItWithACleanLog() throws Exception {
        assertThat(application.stop(Duration.ofSeconds(30))).as("stopped within 30 s").isTrue();

        String log = application.log();
        assertThat(log).contains("JVM shutdown hook triggered by SIGTERM");
        String stop = log.substring(log.indexOf("JVM shutdown hook triggered by SIGTERM"));
        assertThat(stop).contains("Apache Camel 4.17.0 (okta-provisioning) shutdown in", "Apache Camel (Main) 4.17.0 is shutdown");
        assertThat(stop.lines()).noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                                                   || line.contains("Exception") || line.startsWith("\tat "));
    }

    /** Puts a file in the inbox the way a careful sender does: written aside, then moved in at once. */
    private static void drop(String name, byte[] content) throws IOException {
        Path staged = Files.createDirectories(workDir.resolve("staging")).resolve(name);
        Files.write(staged, content);
        Files.move(staged, workDir.resolve("work/inbox").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
