package dev.camelokta.component.okta;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way an Okta call fails, as a result with success=false and one readable line, and as an OktaApiException when
 * throwExceptionOnFailure=true.
 */
class OktaErrorsTest extends OktaTestSupport {

    private static final String BEN_ID = "00u1xke1apZnmHgpB1d7";
    private static final Map<String, Object> GET_BEN = Map.of(OktaConstants.USER_ID, BEN_ID);

    /**
     * One way to fail.
     *
     * @param error     the whole line, or its start when {@code exact} is false (it quotes a library's message)
     * @param status    the HTTP status, 0 when no answer came
     * @param requestId X-Okta-Request-Id, null when no answer came
     */
    record Failure(String name, String operation, Map<String, Object> headers, Supplier<String> baseUrl,
                   List<String> options, MappingBuilder request, ResponseDefinitionBuilder answer,
                   String error, boolean exact, int status, String code, String summary, List<String> causes,
                   String requestId) {

        @Override
        public String toString() {
            return name;
        }

        void stub() {
            if (request != null) {
                givenOkta(request, answer);
            }
        }

        String uri(String... options) {
            return endpointUri(baseUrl.get(), operation, "RAW(" + TOKEN + ")",
                    Stream.of(List.of("maxRetries=0"), this.options, List.of(options)).flatMap(List::stream)
                            .toArray(String[]::new));
        }

        void assertLine(String actual) {
            assertOneLine(actual);
            if (exact) {
                assertThat(actual).isEqualTo(error);
            } else {
                assertThat(actual).startsWith(error);
            }
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                oktaError("400 E0000001 with errorCauses", "createUser", CREATE_ISAAC, post(urlPathEqualTo("/api/v1/users")),
                        400, "error-400-login-exists.json", "E0000001", "Api validation failed: login",
                        List.of("login: An object with this field already exists in the current organization"),
                        "HTTP 400 E0000001 Api validation failed: login "
                                + "(login: An object with this field already exists in the current organization)"),
                oktaError("401 E0000011", "getUser", GET_BEN, getBen(), 401, "error-401-invalid-token.json",
                        "E0000011", "Invalid token provided", List.of(), "HTTP 401 E0000011 Invalid token provided"),
                oktaError("403 E0000006", "listTypeIdOptions", Map.of(), get(urlEqualTo("/api/v1/meta/types/user")),
                        403, "error-403-access-denied.json", "E0000006",
                        "You do not have permission to perform the requested action", List.of(),
                        "HTTP 403 E0000006 You do not have permission to perform the requested action"),
                oktaError("404 E0000007", "getUser", GET_BEN, getBen(), 404, "error-404-not-found.json", "E0000007",
                        "Not found: Resource not found: " + BEN_ID + " (User)", List.of(),
                        "HTTP 404 E0000007 Not found: Resource not found: " + BEN_ID + " (User)"),
                new Failure("500 with an HTML body", "getUser", GET_BEN, OktaTestSupport::baseUrl, List.of(), getBen(),
                        oktaAnswer(500).withHeader("Content-Type", "text/html; charset=utf-8")
                                .withBody(OktaFixtures.read("error-500.html")),
                        "HTTP 500 from GET /api/v1/users/" + BEN_ID
                                + ": the answer is not Okta's JSON error (text/html; charset=utf-8)",
                        true, 500, null, null, List.of(), REQUEST_ID),
                new Failure("200 with malformed JSON", "getUser", GET_BEN, OktaTestSupport::baseUrl, List.of(), getBen(),
                        oktaAnswer(200).withHeader("Content-Type", "application/json")
                                .withBody("{\"id\": \"" + BEN_ID + "\", \"status\": "),
                        "HTTP 200 from GET /api/v1/users/" + BEN_ID + ": Okta's answer could not be read (not a user resource",
                        false, 200, null, null, List.of(), REQUEST_ID),
                new Failure("no answer within responseTimeout", "getUser", GET_BEN, OktaTestSupport::baseUrl,
                        List.of("responseTimeout=300"), getBen(),
                        oktaJson(200, "user.json").withFixedDelay(2_000),
                        "Okta GET /api/v1/users/" + BEN_ID + ": no answer within responseTimeout (300 ms)",
                        true, 0, null, null, List.of(), null),
                new Failure("refused connection", "getUser", GET_BEN, OktaTestSupport::closedPortUrl, List.of(), null, null,
                        "Okta GET /api/v1/users/" + BEN_ID + ": cannot connect to http://127.0.0.1:",
                        false, 0, null, null, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failureIsAResultWithOneReadableLine(Failure failure) {
        failure.stub();

        Exchange exchange = call(failure.uri(), null, failure.headers());

        assertThat(exchange.getException()).isNull();
        OktaResult result = exchange.getMessage().getBody(OktaResult.class);
        assertThat(result.isSuccess()).isFalse();
        failure.assertLine(result.getError());
        Message message = exchange.getMessage();
        assertThat(message.getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(message.getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(failure.status() == 0 ? null : failure.status());
        assertThat(message.getHeader(OktaConstants.ERROR_CODE)).isEqualTo(failure.code());
        assertThat(message.getHeader(OktaConstants.REQUEST_ID)).isEqualTo(failure.requestId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failureThrowsOktaApiExceptionWhenAsked(Failure failure) {
        failure.stub();

        Exchange exchange = call(failure.uri("throwExceptionOnFailure=true"), null, failure.headers());

        assertThat(exchange.getException()).isInstanceOf(OktaApiException.class);
        OktaApiException e = (OktaApiException) exchange.getException();
        failure.assertLine(e.getMessage());
        assertThat(e.getHttpStatus()).isEqualTo(failure.status());
        assertThat(e.getErrorCode()).isEqualTo(failure.code());
        assertThat(e.getErrorSummary()).isEqualTo(failure.summary());
        assertThat(e.getErrorCauses()).isEqualTo(failure.causes());
        assertThat(e.getRequestId()).isEqualTo(failure.requestId());
    }

    @Test
    void onExceptionInARouteCatchesOktaApiException() throws Exception {
        givenOkta(getBen(), oktaJson(404, "error-404-not-found.json"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(OktaApiException.class).handled(true)
                        .setBody(simple("caught ${exception.httpStatus} ${exception.errorCode} ${exception.requestId}"));
                from("direct:get-user").to(oktaUri("getUser", "throwExceptionOnFailure=true"));
            }
        });

        String out = template.requestBodyAndHeader("direct:get-user", null, OktaConstants.USER_ID, BEN_ID, String.class);

        assertThat(out).isEqualTo("caught 404 E0000007 " + REQUEST_ID);
    }

    private static Failure oktaError(String name, String operation, Map<String, Object> headers, MappingBuilder request,
                                     int status, String fixture, String code, String summary, List<String> causes,
                                     String error) {
        return new Failure(name, operation, headers, OktaTestSupport::baseUrl, List.of(), request, oktaJson(status, fixture),
                error, true, status, code, summary, causes, REQUEST_ID);
    }

    private static MappingBuilder getBen() {
        return get(urlEqualTo("/api/v1/users/" + BEN_ID));
    }
}
