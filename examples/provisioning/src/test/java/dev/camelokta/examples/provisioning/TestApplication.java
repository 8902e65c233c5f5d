package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import dev.camelokta.sandbox.OktaSandbox;

/**
 * The application started in-process against a sandbox of the test's own, named through the environment as a tenant
 * would be (OKTA_BASE_URL, OKTA_API_TOKEN), with its folders under the test's temporary directory and its REST API
 * on a free port.
 */
public final class TestApplication implements AutoCloseable {

    private final ProvisioningApplication application;
    private final Path workDir;
    private final RestClient rest;

    private TestApplication(ProvisioningApplication application, Path workDir, int port) {
        this.application = application;
        this.workDir = workDir;
        this.rest = new RestClient(port);
    }

    /** @param properties more Camel Main properties, over application.properties */
    public static TestApplication start(OktaSandbox okta, Path workDir, Map<String, String> properties) {
        int port = FreePort.find();
        Map<String, String> all = new HashMap<>(properties);
        all.put("provisioning.work-dir", workDir.toString());
        all.put("camel.server.port", Integer.toString(port));
        Environment tenant = Environment.of(Map.of(OktaTenant.BASE_URL, okta.baseUrl(), OktaTenant.API_TOKEN, okta.apiToken()));
        ProvisioningApplication application = ProvisioningApplication.create(tenant, all);
        try {
            application.start();
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        return new TestApplication(application, workDir, port);
    }

    public ProvisioningApplication application() {
        return application;
    }

    public RestClient rest() {
        return rest;
    }

    public Path folder(String name) {
        return workDir.resolve(name);
    }

    /** Puts a file in the inbox the way a careful sender does: written aside, then moved in at once. */
    public void drop(String fileName, byte[] content) throws IOException {
        Path staged = Files.createDirectories(workDir.resolve("staging")).resolve(fileName);
        Files.write(staged, content);
        Files.createDirectories(folder("inbox"));
        Files.move(staged, folder("inbox").resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    public void drop(String fileName, String content) throws IOException {
        drop(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        application.close();
    }
}
