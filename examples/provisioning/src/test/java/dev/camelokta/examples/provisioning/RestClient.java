package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the application's REST API on 127.0.0.1, as curl would, with its API key unless told otherwise. */
public final class RestClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final int port;
    private final String apiKey;

    /** @param apiKey sent as {@code Authorization: Bearer <apiKey>}; null to send no Authorization header */
    public RestClient(int port, String apiKey) {
        this.port = port;
        this.apiKey = apiKey;
    }

    public int port() {
        return port;
    }

    /** The same client with another key, or none (null). */
    public RestClient withKey(String otherKey) {
        return new RestClient(port, otherKey);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String json) {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with the key, for the method, headers and body of a test's own. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT).header("Content-Type", "application/json");
        return apiKey == null ? request : request.header("Authorization", "Bearer " + apiKey);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
