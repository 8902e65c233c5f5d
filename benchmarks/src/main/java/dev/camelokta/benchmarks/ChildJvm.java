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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server started in a JVM of its own from this JVM's class path, so that it shares neither heap, GC nor JIT with the
 * benchmark. Ready once a line of its output matches a pattern; its output goes to the log; stopped on close, or when
 * this JVM exits.
 */
final class ChildJvm implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChildJvm.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Thread killOnExit;
    private final String ready;

    private ChildJvm(Process process, Thread killOnExit, String ready) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.ready = ready;
    }

    /**
     * @param name       prefixes its output lines in the log
     * @param readyLine  a line it prints once it serves; its first group is what {@link #ready()} returns
     */
    static ChildJvm start(String name, List<String> jvmOptions, Class<?> mainClass, List<String> arguments,
                          Pattern readyLine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread killOnExit = new Thread(process::destroyForcibly, name + "-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit); // Ctrl-C must not leave a JVM behind
        try {
            return new ChildJvm(process, killOnExit, awaitReady(name, process, readyLine));
        } catch (IOException | InterruptedException | RuntimeException e) {
            new ChildJvm(process, killOnExit, null).close();
            throw e;
        }
    }

    /** The first group of its ready line, e.g. its base URL. */
    String ready() {
        return ready;
    }

    /** The CPU time the process has used so far (every thread, kernel time included), or 0 when unknown. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Stops it (its shutdown hooks run), forcibly if it does not end in time. */
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

    private static String awaitReady(String name, Process process, Pattern readyLine)
            throws IOException, InterruptedException {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread output = new Thread(() -> forwardOutput(name, process, readyLine, ready), name + "-output");
        output.setDaemon(true);
        output.start();
        try {
            return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The " + name + " process did not say it is ready within " + START_TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static void forwardOutput(String name, Process process, Pattern readyLine, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                LOG.info("{}: {}", name, line);
                Matcher matcher = readyLine.matcher(line);
                if (matcher.find()) {
                    ready.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(
                new IOException("The " + name + " process ended before it was ready; see its output above"));
    }
}
