package dev.camelokta.examples.provisioning.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelokta.component.okta.logging.LogValues;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, with 421 Misdirected Request, a request whose Host is not an address of this API: the defence against DNS
 * rebinding, where a web page makes a browser send its requests to 127.0.0.1 under the page's own host name. Accepted
 * are localhost and the address the connection came in on (127.0.0.1 by default), each with the port it came in on,
 * and the exact Host values configured in {@value #PROPERTY} (for a proxy or another name of this machine).
 */
final class AllowedHosts implements Handler<RoutingContext> {

    static final String PROPERTY = "provisioning.rest.allowed-hosts";

    private final Set<String> configured;

    AllowedHosts(List<String> configured) {
        this.configured = configured.stream().map(AllowedHosts::normalize).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @param commaSeparated the value of {@value #PROPERTY}, e.g. {@code provisioning.example.com,myhost:8080} */
    static AllowedHosts parse(String commaSeparated) {
        return new AllowedHosts(commaSeparated == null ? List.of() : List.of(commaSeparated.split(",")));
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        // the Host header of HTTP/1.1, or the :authority of HTTP/2 (which java.net.http negotiates by upgrade)
        HostAndPort authority = request.authority();
        String host = authority == null ? null
                : normalize(authority.host() + (authority.port() >= 0 ? ":" + authority.port() : ""));
        int port = request.localAddress().port();
        boolean oneHost = request.headers().getAll(HttpHeaders.HOST).size() <= 1;
        if (host != null && oneHost && accepts(host, request.localAddress().hostAddress(), port)) {
            context.next();
            return;
        }
        String shown = oneHost ? (host == null ? "(none)" : "'" + LogValues.safe(host) + "'") : "(several)";
        JsonError.send(context, 421, "Host " + shown + " is not an address of this API: call it as localhost:" + port
                                     + " or 127.0.0.1:" + port + ", or add the Host to " + PROPERTY);
    }

    private boolean accepts(String host, String localAddress, int port) {
        return Stream.of("localhost:" + port, "127.0.0.1:" + port, localAddress + ":" + port).anyMatch(host::equals)
               || configured.contains(host);
    }

    private static String normalize(String host) {
        return host.trim().toLowerCase(Locale.ROOT);
    }
}
