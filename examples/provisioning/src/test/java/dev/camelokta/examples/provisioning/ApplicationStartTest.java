package dev.camelokta.examples.provisioning;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the application's main class starts in a JVM of its own: with a REST API key from the environment, and, when
 * the start fails, by ending the JVM with an error code within seconds rather than hanging on a thread left behind.
 */
class ApplicationStartTest {

    private static final Duration STARTED = Duration.ofSeconds(120);
    /** Far more than a failed start takes (a few seconds), far less than a hang. */
    private static final Duration EXITED = Duration.ofSeconds(60);
    /** Camel Main's idle watcher: a non-daemon thread that a failed start leaves running. */
    private static final String IDLE_WATCHER = "-Dcamel.main.duration-max-idle-seconds=5";

    @TempDir
    Path workDir;

    @Test
    void aTakenPortEndsTheJvmWithExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ApplicationProcess application = ApplicationProcess.start(workDir, taken.getLocalPort(), Map.of(), IDLE_WATCHER)) {
            assertExitsWithCode1(application);
            assertThat(application.log()).contains("The application did not start: The REST API cannot listen on 127.0.0.1:"
                                                   + taken.getLocalPort());
        }
    }

    @Test
    void anOptionTheComponentRefusesAtStartEndsTheJvmWithExitCode1() throws Exception {
        try (ApplicationProcess application = ApplicationProcess.start(workDir, FreePort.find(), Map.of(), IDLE_WATCHER,
                "-Dcamel.component.okta.max-concurrent-requests=0")) {
            assertExitsWithCode1(application);
            assertThat(application.log()).contains("Invalid option maxConcurrentRequests 0: it must be at least 1");
        }
    }

    @Test
    void aKeyTooShortEndsTheJvmWithExitCode1AndTheFix() throws Exception {
        try (ApplicationProcess application = ApplicationProcess.start(workDir, FreePort.find(),
                Map.of("PROVISIONING_API_KEY", "short"))) {
            assertExitsWithCode1(application);
            assertThat(application.log()).contains("Invalid provisioning.api-key (PROVISIONING_API_KEY): it has 5 characters");
        }
    }

    @Test
    void theRestApiTakesTheKeyFromProvisioningApiKeyAndNeverLogsIt() throws Exception {
        String key = "a-key-from-the-environment-5b1e";
        try (ApplicationProcess application = ApplicationProcess.start(workDir, FreePort.find(),
                Map.of("PROVISIONING_API_KEY", key))) {
            application.awaitLog("The REST API takes the key set in PROVISIONING_API_KEY", STARTED);
            application.awaitLog("HTTP endpoints summary", STARTED);
            RestClient rest = new RestClient(application.port(), key);

            assertThat(rest.get("/user-types").statusCode()).isEqualTo(200);
            assertThat(rest.withKey(null).get("/user-types").statusCode()).isEqualTo(401);
            assertThat(application.stop(Duration.ofSeconds(30))).isTrue();
            assertThat(application.log()).doesNotContain(key).doesNotContain("The REST API's key for this run");
        }
    }

    private static void assertExitsWithCode1(ApplicationProcess application) throws InterruptedException {
        boolean exited = application.process().waitFor(EXITED.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(exited).as("the JVM ended within " + EXITED.toSeconds() + " s after its failed start; its log:\n"
                              + application.log()).isTrue();
        assertThat(application.process().exitValue()).isEqualTo(1);
    }
}
