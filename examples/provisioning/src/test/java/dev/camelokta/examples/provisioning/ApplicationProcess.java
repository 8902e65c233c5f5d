package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The application as the README's command runs it: its main class in a JVM of its own, on this test's classpath,
 * with no OKTA_ variable in its environment unless given, its folders under {@code workDir} and its output in a log
 * file. Closing it kills what is left of it.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Pattern GENERATED_KEY = Pattern.compile("The REST API's key for this run \\(set "
                                                                 + "PROVISIONING_API_KEY to choose one\\): (\\S+) ;");

    private final Process process;
    private final Path log;
    private final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * @param environment more environment variables
     * @param jvmOptions  more JVM options, such as {@code -Dname=value} properties
     */
    public static ApplicationProcess start(Path workDir, int port, Map<String, String> environment,
                                           String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dprovisioning.work-dir=" + workDir.resolve("work"));
        command.add("-Dcamel.server.port=" + port);
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProvisioningApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("OKTA_") || name.startsWith("PROVISIONING_"));
        builder.environment().putAll(environment);
        Path log = Files.createDirectories(workDir).resolve("application.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ApplicationProcess(builder.start(), log, port);
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> logLines() {
        return log().lines().toList();
    }

    /** Waits, as long as the process runs, for a log line with {@code text}. */
    public void awaitLog(String text, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                .failFast("the application exited", () -> !process.isAlive())
                .until(() -> log().contains(text));
    }

    /** The key the application generated and logged at start. */
    public String generatedApiKey(Duration atMost) {
        awaitLog("The REST API's key for this run", atMost);
        Matcher matcher = GENERATED_KEY.matcher(log());
        if (!matcher.find()) {
            throw new AssertionError("No generated key in the log:\n" + log());
        }
        return matcher.group(1);
    }

    /** Asks the application to stop as Ctrl-C does (SIGTERM) and waits for the JVM to end. */
    public boolean stop(Duration atMost) throws InterruptedException {
        process.destroy();
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
