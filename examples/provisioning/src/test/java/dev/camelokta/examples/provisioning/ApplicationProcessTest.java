package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the application as the README's command does: its main class in a JVM of its own, with no Okta variables in
 * the environment. It must start the embedded sandbox, provision the shipped sample CSV and serve the REST API.
 */
class ApplicationProcessTest {

    private static final Duration STARTED = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: Camel Main's shutdown hook stops the routes
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void runsOnTheEmbeddedSandboxWithTheSampleCsvAndTheRestApi() throws Exception {
        int port = FreePort.find();
        Path log = workDir.resolve("application.log");
        process = start(port, log);

        Path report = workDir.resolve("work/outbox/users-report.csv");
        await().atMost(STARTED).pollInterval(Duration.ofMillis(250))
                .failFast("the application exited", () -> !process.isAlive())
                .until(() -> Files.exists(report) && Files.exists(workDir.resolve("work/done/users.csv")));

        assertThat(Files.readString(log))
                .contains("No OKTA_SUBDOMAIN/OKTA_API_TOKEN set: started the embedded Okta sandbox at http://127.0.0.1:");
        List<CSVRecord> rows = ReportCsv.records(report);
        assertThat(rows).hasSize(32);
        assertThat(rows).extracting(row -> row.get("row")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(row -> row.get("status").equals("created")).hasSize(27);
        assertThat(rows).filteredOn(row -> row.get("status").equals("failed")).hasSize(5);

        Matcher key = Pattern.compile("The REST API's key for this run \\(set PROVISIONING_API_KEY to choose one\\): (\\S+) ;")
                .matcher(Files.readString(log));
        assertThat(key.find()).as("the log shows the REST API's key").isTrue();
        RestClient rest = new RestClient(port, key.group(1));
        assertThat(rest.withKey(null).get("/user-types").statusCode()).isEqualTo(401);
        HttpResponse<String> ada = rest.get("/users/ada.lovelace@example.com");
        assertThat(ada.statusCode()).isEqualTo(200);
        assertThat(ada.body()).contains("\"login\":\"ada.lovelace@example.com\"");
        assertThat(rest.get("/user-types").statusCode()).isEqualTo(200);
    }

    /** java -cp (this test's classpath) ProvisioningApplication, without any OKTA_ variable. */
    private Process start(int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Dprovisioning.work-dir=" + workDir.resolve("work"),
                "-Dcamel.server.port=" + port,
                "-cp", System.getProperty("java.class.path"),
                ProvisioningApplication.class.getName());
        builder.environment().keySet().removeIf(name -> name.startsWith("OKTA_"));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }
}
