package dev.camelokta.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.camelokta.sandbox.OktaSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the application's main class in a JVM of its own, as {@code java -jar} does: it must end by itself, with exit
 * code 0 once the users are provisioned, and with another code within seconds when its start fails.
 */
class OktaProvisioningApplicationProcessTest {

    /** Far more than a run takes here (10 to 20 s on a busy machine), far less than a hang. */
    private static final Duration EXITED = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStartThatFailsEndsTheJvmWithAnErrorCode() throws Exception {
        // no OKTA_SUBDOMAIN: the component refuses the unresolved ${OKTA_SUBDOMAIN} when the routes start
        Path log = dir.resolve("failed.log");
        process = start(log, List.of());

        assertThat(process.waitFor(EXITED.toMillis(), TimeUnit.MILLISECONDS))
                .as("the JVM ended within %d s after its failed start; its log:%n%s", EXITED.toSeconds(), read(log))
                .isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(read(log)).contains("Invalid option subdomain '${OKTA_SUBDOMAIN}'");
    }

    @Test
    void itStopsWithExitCode0AndACleanLogOnceTheUsersAreProvisioned() throws Exception {
        Path log = dir.resolve("run.log");
        try (OktaSandbox okta = OktaSandbox.start()) {
            process = start(log, List.of("--spring.profiles.active=sandbox", "--camel.component.okta.base-url=" + okta.baseUrl(),
                    "--camel.component.okta.api-token=" + okta.apiToken()));

            assertThat(process.waitFor(EXITED.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the JVM ended within %d s; its log:%n%s", EXITED.toSeconds(), read(log)).isTrue();
            assertThat(process.exitValue()).as(read(log)).isZero();
            assertThat(okta.users()).hasSize(3);
        }
        String text = read(log);
        assertThat(text).contains("Provisioning done", "Apache Camel 4.17.0 (camel-1) shutdown in");
        assertThat(text.lines()).noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }

    /** java -cp (this test's classpath) OktaProvisioningApplication, without any OKTA_ variable. */
    private static Process start(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OktaProvisioningApplication.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("OKTA_"));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
