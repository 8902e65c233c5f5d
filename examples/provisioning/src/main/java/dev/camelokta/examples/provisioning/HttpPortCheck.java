package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Fails the start when the REST API's port is taken. Vert.x only logs that it could not listen and the application
 * would run on without its REST API, which a newcomer would take for a broken example; 8080 is often in use.
 */
final class HttpPortCheck extends MainListenerSupport {

    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        if (!Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{camel.server.enabled:false}}"))) {
            return; // no REST API, no port to take
        }
        String host = context.resolvePropertyPlaceholders("{{camel.server.host:0.0.0.0}}");
        int port = Integer.parseInt(context.resolvePropertyPlaceholders("{{camel.server.port:8080}}"));
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("The REST API cannot listen on " + host + ":" + port + " (" + e.getMessage()
                                            + "): stop the program using it, or choose another port, "
                                            + "e.g. -Dcamel.server.port=9090 or CAMEL_SERVER_PORT=9090", e);
        }
    }
}
