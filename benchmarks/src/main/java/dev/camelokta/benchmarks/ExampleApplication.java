package dev.camelokta.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelokta.examples.provisioning.Environment;
import dev.camelokta.examples.provisioning.OktaTenant;
import dev.camelokta.examples.provisioning.ProvisioningApplication;
import dev.camelokta.examples.provisioning.csv.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provisioning example started in this JVM against the benchmark's Okta sandbox, named through the environment as
 * a tenant would be (so the example starts no sandbox of its own), with a fresh temporary work folder, deleted on
 * close, and its REST API on a free port.
 */
final class ExampleApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleApplication.class);
    private static final long POLL_MILLIS = 10; // the resolution of the elapsed times measured

    private final ProvisioningApplication application;
    private final Path workDir;

    private ExampleApplication(ProvisioningApplication application, Path workDir) {
        this.application = application;
        this.workDir = workDir;
    }

    /** @param properties Camel Main properties over the example's application.properties */
    static ExampleApplication start(String oktaBaseUrl, String apiToken, Map<String, String> properties)
            throws IOException {
        Path workDir = Files.createTempDirectory("camel-okta-benchmark-");
        Map<String, String> all = new HashMap<>(properties);
        all.put("provisioning.work-dir", workDir.toString());
        all.put("camel.server.port", Integer.toString(FreePort.find()));
        Environment okta = Environment.of(Map.of(OktaTenant.BASE_URL, oktaBaseUrl, OktaTenant.API_TOKEN, apiToken));
        ProvisioningApplication application = null;
        try {
            application = ProvisioningApplication.create(okta, all);
            application.start();
            return new ExampleApplication(application, workDir);
        } catch (RuntimeException e) {
            if (application != null) {
                application.close();
            }
            deleteRecursively(workDir);
            throw e;
        }
    }

    /**
     * Writes a users CSV of {@code rows} rows into the inbox under a hidden name (the file route skips it), moves it to
     * {@code fileName} at once, so that the route never sees it half written, and waits for its report.
     *
     * @throws IllegalStateException when the file goes to the error folder, or no report comes within the deadline
     */
    TimedRun provision(String fileName, int rows, Duration deadline) throws IOException, InterruptedException {
        Path inbox = Files.createDirectories(workDir.resolve("inbox"));
        Path hidden = inbox.resolve("." + fileName + ".tmp");
        UsersCsv.write(hidden, rows);
        Files.move(hidden, inbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        long dropped = System.nanoTime();
        Path report = awaitReport(fileName, dropped, deadline);
        return new TimedRun(report, Duration.ofNanos(System.nanoTime() - dropped));
    }

    private Path awaitReport(String fileName, long droppedNanos, Duration deadline) throws InterruptedException {
        Path report = workDir.resolve("outbox").resolve(ReportWriter.reportName(fileName));
        Path failed = workDir.resolve("error").resolve(fileName);
        while (!Files.exists(report)) {
            if (Files.exists(failed)) {
                throw new IllegalStateException(fileName + " was moved to " + failed.getParent()
                                                + " before its report was published: see the log above");
            }
            if (System.nanoTime() - droppedNanos > deadline.toNanos()) {
                throw new IllegalStateException("No report " + report + " within " + deadline.toSeconds() + " s of the "
                                                + "drop: the run is stuck or far slower than expected (see the progress "
                                                + "lines above)");
            }
            Thread.sleep(POLL_MILLIS);
        }
        return report;
    }

    /** Stops the example, then deletes its work folder (the CSV, the report). */
    @Override
    public void close() {
        try {
            application.close();
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // a left-over temporary folder must not hide the benchmark's own outcome
            LOG.warn("Cannot delete the benchmark's work folder {}: {}", folder, e.toString());
        }
    }
}
