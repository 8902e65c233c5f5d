package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.OktaSandboxBuilder;
import dev.camelokta.sandbox.OktaSandboxExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application started in-process against a sandbox of the test class's own, named through the environment as a
 * tenant would be (OKTA_BASE_URL, OKTA_API_TOKEN), with its folders under a temporary directory and its REST API on a
 * free port, its REST API key {@link #API_KEY}: a JUnit 5 extension that starts the sandbox (with {@link OktaSandboxExtension}) and then the application
 * before the tests of the class, and closes both and deletes the directory after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestApplication app =
 *         TestApplication.against(OktaSandbox.builder().userType("Contractor", "contractor"));
 * }</pre>
 *
 * <p>The sandbox is not reset between tests: the application runs on through the whole class.
 */
public final class TestApplication implements BeforeAllCallback, AfterAllCallback {

    /** The REST API's key in the tests ({@code provisioning.api-key}); {@link #rest()} sends it. */
    public static final String API_KEY = "test-api-key-0123456789";

    private final OktaSandboxExtension okta;
    private final Map<String, String> properties;
    /** The class whose before-all step started the application: its after-all step stops it, not a nested one's. */
    private String startedBy;
    private Path workDir;
    private ProvisioningApplication application;
    private RestClient rest;

    private TestApplication(OktaSandboxBuilder sandbox, Map<String, String> properties) {
        this.okta = OktaSandboxExtension.builder().sandbox(sandbox).resetBeforeEach(false).build();
        this.properties = Map.copyOf(properties);
    }

    /** The application with its application.properties, against a sandbox configured by {@code sandbox}. */
    public static TestApplication against(OktaSandboxBuilder sandbox) {
        return against(sandbox, Map.of());
    }

    /** @param properties more Camel Main properties, over application.properties */
    public static TestApplication against(OktaSandboxBuilder sandbox, Map<String, String> properties) {
        return new TestApplication(sandbox, properties);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (startedBy != null) {
            return;
        }
        startedBy = context.getUniqueId();
        try {
            okta.beforeAll(context);
            workDir = Files.createTempDirectory("provisioning-test");
            int port = FreePort.find();
            Map<String, String> all = new HashMap<>(properties);
            all.put("provisioning.work-dir", workDir.toString());
            all.put("camel.server.port", Integer.toString(port));
            all.putIfAbsent("provisioning.api-key", API_KEY);
            Environment tenant = Environment.of(Map.of(OktaTenant.BASE_URL, okta.baseUrl(), OktaTenant.API_TOKEN,
                    okta.apiToken()));
            application = ProvisioningApplication.create(tenant, all);
            rest = new RestClient(port, API_KEY);
            application.start();
        } catch (IOException | RuntimeException e) {
            stop(context);
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (context.getUniqueId().equals(startedBy)) {
            stop(context);
        }
    }

    /** Stops the application, then the sandbox, and deletes the folders: whatever of them was started. */
    private void stop(ExtensionContext context) throws IOException {
        try {
            if (application != null) {
                application.close();
            }
        } finally {
            application = null;
            rest = null;
            startedBy = null;
            try {
                okta.afterAll(context);
            } finally {
                deleteRecursively(workDir);
                workDir = null;
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(dir)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.deleteIfExists(path);
        }
    }

    /** The sandbox the application talks to. */
    public OktaSandbox okta() {
        return okta.sandbox();
    }

    public ProvisioningApplication application() {
        return running(application);
    }

    public RestClient rest() {
        return running(rest);
    }

    public Path folder(String name) {
        return running(workDir).resolve(name);
    }

    /** Puts a file in the inbox the way a careful sender does: written aside, then moved in at once. */
    public void drop(String fileName, byte[] content) throws IOException {
        Path staged = Files.createDirectories(folder("staging")).resolve(fileName);
        Files.write(staged, content);
        Files.createDirectories(folder("inbox"));
        Files.move(staged, folder("inbox").resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    public void drop(String fileName, String content) throws IOException {
        drop(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T running(T part) {
        if (part == null) {
            throw new IllegalStateException("The application runs only during the tests of the class that "
                    + "registers it; register it on a static field");
        }
        return part;
    }
}
