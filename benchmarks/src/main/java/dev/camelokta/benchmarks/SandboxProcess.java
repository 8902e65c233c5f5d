package dev.camelokta.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelokta.sandbox.OktaSandboxMain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Okta sandbox without rate limits in a JVM of its own, so that the users it keeps in memory do not count against
 * the benchmark JVM's heap. Started from this JVM's class path; stopped on close, or when this JVM exits.
 */
final class SandboxProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxProcess.class);
    private static final Pattern LISTENING = Pattern.compile("Okta sandbox listening on (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Thread killOnExit;
    private final String baseUrl;

    private SandboxProcess(Process process, Thread killOnExit, String baseUrl) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.baseUrl = baseUrl;
    }

    static SandboxProcess start(String apiToken, String maxHeap) throws IOException, InterruptedException {
        return start(apiToken, maxHeap, List.of("--no-rate-limits"));
    }

    /** @param options the sandbox's command-line options beside the port and the token, e.g. {@code --seed-users 100000} */
    static SandboxProcess start(String apiToken, String maxHeap, List<String> options) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                OktaSandboxMain.class.getName(), "--port", Integer.toString(FreePort.find()), "--token", apiToken));
        command.addAll(options);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        Thread killOnExit = new Thread(process::destroyForcibly, "sandbox-process-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit); // Ctrl-C must not leave a 1 GB JVM behind
        try {
            return new SandboxProcess(process, killOnExit, awaitListening(process));
        } catch (IOException | InterruptedException | RuntimeException e) {
            new SandboxProcess(process, killOnExit, null).close();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Stops the sandbox (its shutdown hook closes it), forcibly if it does not end in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway, and does nothing to an ended process
        }
    }

    /** Forwards the sandbox's output to the log, and returns its base URL once it says it listens. */
    private static String awaitListening(Process process) throws IOException, InterruptedException {
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread output = new Thread(() -> forwardOutput(process, listening), "sandbox-process-output");
        output.setDaemon(true);
        output.start();
        try {
            return listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The sandbox process did not say it listens within " + START_TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static void forwardOutput(Process process, CompletableFuture<String> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                LOG.info("sandbox: {}", line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IOException("The sandbox process ended before it listened; see its output above"));
    }
}
