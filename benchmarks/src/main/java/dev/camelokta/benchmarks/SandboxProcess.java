package dev.camelokta.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import dev.camelokta.sandbox.OktaSandboxMain;

/**
 * An Okta sandbox without rate limits in a JVM of its own, so that the users it keeps in memory do not count against
 * the benchmark JVM's heap.
 */
final class SandboxProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Okta sandbox listening on (\\S+)");

    private final ChildJvm jvm;

    private SandboxProcess(ChildJvm jvm) {
        this.jvm = jvm;
    }

    static SandboxProcess start(String apiToken, String maxHeap) throws IOException, InterruptedException {
        return new SandboxProcess(ChildJvm.start("sandbox", List.of("-Xmx" + maxHeap), OktaSandboxMain.class,
                List.of("--port", Integer.toString(FreePort.find()), "--token", apiToken, "--no-rate-limits"), LISTENING));
    }

    String baseUrl() {
        return jvm.ready();
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
