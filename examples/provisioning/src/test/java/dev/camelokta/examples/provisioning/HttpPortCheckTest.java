package dev.camelokta.examples.provisioning;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpPortCheckTest {

    @TempDir
    Path workDir;

    @Test
    void aTakenPortFailsTheStartWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ProvisioningApplication application = ProvisioningApplication.create(
                     Environment.of(Map.of("OKTA_SUBDOMAIN", "acme", "OKTA_API_TOKEN", "00token")),
                     Map.of("provisioning.work-dir", workDir.toString(),
                             "camel.server.port", Integer.toString(taken.getLocalPort())))) {
            assertThatThrownBy(application::start)
                    .hasRootCauseInstanceOf(BindException.class)
                    .hasMessageContaining("The REST API cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("-Dcamel.server.port=9090");
        }
    }
}
