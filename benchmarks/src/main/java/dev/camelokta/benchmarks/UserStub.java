package dev.camelokta.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A fixed Okta user answer on loopback: the same cost for every client, so that only the clients differ.
 */
final class UserStub implements AutoCloseable {

    private static final byte[] USER = """
            {"id":"00u1bench","status":"ACTIVE","created":"2026-01-01T00:00:00.000Z","activated":null,
             "statusChanged":"2026-01-01T00:00:00.000Z","lastLogin":null,"lastUpdated":"2026-01-01T00:00:00.000Z",
             "passwordChanged":null,"type":{"id":"oty1default"},
             "profile":{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","login":"ada@example.com",
                        "mobilePhone":null},
             "credentials":{"provider":{"type":"OKTA","name":"OKTA"}},
             "_links":{"self":{"href":"http://127.0.0.1/api/v1/users/00u1bench"}}}"""
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;

    UserStub(int threads) throws IOException {
        // without it the JDK server's small answers wait for the client's delayed ACK (Nagle): ~40 ms each
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/api/v1/users/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Okta-Request-Id", "bench");
            exchange.sendResponseHeaders(200, USER.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(USER);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
