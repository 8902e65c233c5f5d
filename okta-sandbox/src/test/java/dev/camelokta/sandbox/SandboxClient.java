package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Speaks plain HTTP to a sandbox, as any Okta client would, with the sandbox's token unless told otherwise. */
final class SandboxClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final Supplier<String> baseUrl;
    private final Supplier<String> authorization;

    SandboxClient(OktaSandbox okta) {
        this(okta::baseUrl, okta::apiToken);
    }

    /**
     * A client of the sandbox {@code okta} runs for the test class. It asks the extension for the address and the
     * token at each request, so it can be made before the sandbox starts, in a static field next to the extension:
     *
     * <pre>{@code
     * @RegisterExtension
     * static final OktaSandboxExtension okta = OktaSandboxExtension.builder().build();
     * static final SandboxClient client = SandboxClient.of(okta);
     * }</pre>
     */
    static SandboxClient of(OktaSandboxExtension okta) {
        return new SandboxClient(okta::baseUrl, okta::apiToken);
    }

    private SandboxClient(Supplier<String> baseUrl, Supplier<String> apiToken) {
        this(newHttpClient(), baseUrl, () -> "SSWS " + apiToken.get());
    }

    private SandboxClient(HttpClient http, Supplier<String> baseUrl, Supplier<String> authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** The same client sending {@code authorization} as the header, or no header when it is null. */
    SandboxClient withAuthorization(String authorization) {
        return new SandboxClient(http, baseUrl, () -> authorization);
    }

    ApiCall get(String path) {
        return send(request(path).GET());
    }

    ApiCall post(String path, String json) {
        return send(request(path).POST(BodyPublishers.ofString(json)));
    }

    ApiCall put(String path, String json) {
        return send(request(path).PUT(BodyPublishers.ofString(json)));
    }

    ApiCall postIfMatch(String path, String json, String etag) {
        return send(request(path).header("If-Match", etag).POST(BodyPublishers.ofString(json)));
    }

    ApiCall putIfMatch(String path, String json, String etag) {
        return send(request(path).header("If-Match", etag).PUT(BodyPublishers.ofString(json)));
    }

    ApiCall send(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json);
        return send(request(path).method(method, body));
    }

    CompletableFuture<ApiCall> getAsync(String path) {
        return http.sendAsync(request(path).GET().build(), BodyHandlers.ofString()).thenApply(ApiCall::of);
    }

    /** A user as the API returns it, created from {@code profileJson} with {@code POST /api/v1/users}. */
    JsonNode createUser(String profileJson) {
        ApiCall created = post("/api/v1/users", "{\"profile\":" + profileJson + "}");
        if (created.status() != 200) {
            throw new AssertionError("Creating a user failed: " + created.status() + " " + created.body());
        }
        return created.json();
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Content-Type", "application/json");
        String header = authorization.get();
        return header == null ? builder : builder.header("Authorization", header);
    }

    private ApiCall send(HttpRequest.Builder request) {
        try {
            return ApiCall.of(http.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body, parsed when it is JSON. */
    record ApiCall(int status, HttpHeaders headers, String body) {

        static ApiCall of(HttpResponse<String> response) {
            return new ApiCall(response.statusCode(), response.headers(), response.body());
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String errorCode() {
            return json().path("errorCode").asText();
        }

        List<String> errorCauses() {
            List<String> causes = new ArrayList<>();
            json().path("errorCauses").forEach(cause -> causes.add(cause.path("errorSummary").asText()));
            return causes;
        }
    }
}
