package dev.camelokta.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
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
        return start(apiToken, maxHeap, List.of("--no-rate-limits"));
    }

    /** @param options the sandbox's command-line options beside the port and the token, e.g. {@code --seed-users 100000} */
    static SandboxProcess start(String apiToken, String maxHeap, List<String> options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(FreePort.find()), "--token", apiToken));
        arguments.addAll(options);
        return new SandboxProcess(ChildJvm.start("sandbox", List.of("-Xmx" + maxHeap), OktaSandboxMain.class, arguments,
                LISTENING));
    }

    String baseUrl() {
        return jvm.ready();
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
