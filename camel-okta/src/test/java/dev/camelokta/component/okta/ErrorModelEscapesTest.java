package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing escapes the error model: a 2xx whose body is not what the operation needs (null, {}, [null], a user without
 * id or profile, a user type without id) and any unexpected exception end, through a route, as a failed result by
 * default and as an OktaApiException with throwExceptionOnFailure=true, never as another exception.
 */
class ErrorModelEscapesTest extends OktaTestSupport {

    private static final String BEN_ID = "00u1xke1apZnmHgpB1d7";
    private static final String BEN = "/api/v1/users/" + BEN_ID;
    private static final String BEN_BY_EMAIL = "/api/v1/users/ben.richler%40example.com";
    private static final String USERS = "/api/v1/users";
    private static final String USER_TYPES = "/api/v1/meta/types/user";
    private static final String BEN_JSON = """
            {"id": "00u1xke1apZnmHgpB1d7", "status": "ACTIVE",
             "profile": {"firstName": "Ben", "lastName": "Richler", "email": "ben.richler@example.com", "login": "ben.richler"}}""";

    /** The Okta answers of one case: each request with the body of its 2xx or error answer. */
    record Answer(MappingBuilder request, int status, String body) {
    }

    /**
     * One answer that is not what the operation needs.
     *
     * @param error the whole line of the failure
     */
    record Case(String name, String operation, Map<String, Object> headers, List<Answer> answers, String error) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> unusableAnswers() {
        return Stream.of(
                getBen("a user that is null", "null", "it is null"),
                getBen("an empty object", "{}", "no id"),
                getBen("a blank id", "{\"id\": \" \", \"profile\": {}}", "no id"),
                getBen("no profile", "{\"id\": \"" + BEN_ID + "\"}", "no profile"),
                getBen("a null profile", "{\"id\": \"" + BEN_ID + "\", \"profile\": null}", "no profile"),
                searchForBen("a search answering [null]", "[null]", "item 1: it is null"),
                searchForBen("a search answering [{}]", "[{}]", "item 1: no id"),
                searchForBen("a search answering null", "null", "it is null"),
                new Case("user types [null]", "listTypeIdOptions", Map.of(),
                        List.of(new Answer(get(urlEqualTo(USER_TYPES)), 200, "[null]")),
                        "Okta answered 200 to GET " + USER_TYPES + " but the body is not a list of user types: item 1 has no id"),
                new Case("a user type without id", "listTypeIdOptions", Map.of(),
                        List.of(new Answer(get(urlEqualTo(USER_TYPES)), 200, "[{\"id\": \"oty1\", \"displayName\": \"User\"}, "
                                                                             + "{\"displayName\": \"Contractor\"}]")),
                        "Okta answered 200 to GET " + USER_TYPES + " but the body is not a list of user types: item 2 has no id"),
                new Case("a create answering {}", "createUser", CREATE_ISAAC,
                        List.of(new Answer(post(urlPathEqualTo(USERS)), 200, "{}")),
                        "Okta answered 200 to POST " + USERS + " but the body is not a user: no id"),
                new Case("a partial update answering null", "updateUser",
                        Map.of(OktaConstants.USER_ID, BEN_ID, OktaConstants.LAST_NAME, "Richler-Smith"),
                        List.of(new Answer(post(urlEqualTo(BEN)), 200, "null")),
                        "Okta answered 200 to POST " + BEN + " but the body is not a user: it is null"),
                new Case("a type change whose GET answers no profile", "updateUser",
                        Map.of(OktaConstants.USER_ID, BEN_ID, OktaConstants.TYPE_ID, "otyNew"),
                        List.of(new Answer(get(urlEqualTo(BEN)), 200, "{\"id\": \"" + BEN_ID + "\"}"),
                                new Answer(put(urlEqualTo(BEN)), 200, BEN_JSON)),
                        "Okta answered 200 to GET " + BEN + " but the body is not a user: no profile"),
                new Case("a type change whose PUT answers {}", "updateUser",
                        Map.of(OktaConstants.USER_ID, BEN_ID, OktaConstants.TYPE_ID, "otyNew"),
                        List.of(new Answer(get(urlEqualTo(BEN)), 200, BEN_JSON), new Answer(put(urlEqualTo(BEN)), 200, "{}")),
                        "Okta answered 200 to PUT " + BEN + " but the body is not a user: no id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableAnswers")
    void anUnusableAnswerIsAFailedResult(Case unusable) throws Exception {
        stub(unusable);

        Exchange exchange = callThroughARoute(unusable.operation(), false, unusable.headers());

        assertThat(exchange.getException()).isNull();
        OktaResult result = exchange.getMessage().getBody(OktaResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertOneLine(result.getError());
        assertThat(result.getError()).isEqualTo(unusable.error());
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.REQUEST_ID)).isEqualTo(REQUEST_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableAnswers")
    void anUnusableAnswerThrowsOktaApiExceptionWhenAsked(Case unusable) throws Exception {
        stub(unusable);

        Exchange exchange = callThroughARoute(unusable.operation(), true, unusable.headers());

        assertThat(exchange.getException()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(unusable.error());
            assertThat(e.getHttpStatus()).isEqualTo(200);
            assertThat(e.getRequestId()).isEqualTo(REQUEST_ID);
        });
    }

    @Test
    void aTypeChangeIsNotPutWhenItsGetAnsweredNoUser() throws Exception {
        Case noProfile = unusableAnswers().filter(c -> c.name().equals("a type change whose GET answers no profile"))
                .findFirst().orElseThrow();
        stub(noProfile);

        callThroughARoute("updateUser", false, noProfile.headers());

        OKTA.verify(0, putRequestedFor(urlEqualTo(BEN)));
    }

    @Test
    void aThrowingHttpClientIsAFailedResultWithoutTheToken() throws Exception {
        try (CloseableHttpClient client = clientThatThrowsWithTheAuthorizationHeader()) {
            context.getRegistry().bind("throwingClient", client);

            Exchange exchange = callThroughARoute("getUser", false, Map.of(OktaConstants.USER_ID, BEN_ID),
                    "httpClient=#throwingClient");

            assertThat(exchange.getException()).isNull();
            OktaResult result = exchange.getMessage().getBody(OktaResult.class);
            assertThat(result.isSuccess()).isFalse();
            assertThat(result.getError()).isEqualTo("Okta GET /api/v1/users/" + BEN_ID + ": the connection failed (java.io.IOException: "
                                                    + "HttpClient failed: java.lang.IllegalStateException: cannot send "
                                                    + "Authorization: SSWS ***)");
            assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
            assertThat(exchange.getMessage().getHeaders()).allSatisfy(
                    (name, value) -> assertThat(String.valueOf(value)).as(name).doesNotContain(TOKEN));
        }
    }

    @Test
    void aThrowingHttpClientThrowsOktaApiExceptionWithoutTheTokenWhenAsked() throws Exception {
        try (CloseableHttpClient client = clientThatThrowsWithTheAuthorizationHeader()) {
            context.getRegistry().bind("throwingClient", client);

            Exchange exchange = callThroughARoute("getUser", true, Map.of(OktaConstants.USER_ID, BEN_ID),
                    "httpClient=#throwingClient");

            assertThat(exchange.getException()).isInstanceOf(OktaApiException.class)
                    .hasMessage("Okta GET /api/v1/users/" + BEN_ID + ": the connection failed (java.io.IOException: "
                                + "HttpClient failed: java.lang.IllegalStateException: cannot send Authorization: SSWS ***)");
            assertThat(stackTrace(exchange.getException())).doesNotContain(TOKEN);
        }
    }

    @Test
    void aThrowingHttpClientWithoutTheTokenKeepsItAsTheRootCause() throws Exception {
        try (CloseableHttpClient client = HttpClients.custom()
                .addRequestInterceptorFirst((request, entity, context) -> {
                    throw new UnsupportedOperationException("no proxy for " + request.getMethod());
                }).build()) {
            context.getRegistry().bind("throwingClient", client);

            Exchange exchange = callThroughARoute("listTypeIdOptions", true, Map.of(), "httpClient=#throwingClient");

            assertThat(exchange.getException()).isInstanceOf(OktaApiException.class)
                    .hasMessage("Okta GET /api/v1/meta/types/user: the connection failed (java.io.IOException: "
                                + "HttpClient failed: java.lang.UnsupportedOperationException: no proxy for GET)")
                    .hasRootCauseInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** A client of the route's own whose interceptor fails, quoting the request's Authorization header. */
    private static CloseableHttpClient clientThatThrowsWithTheAuthorizationHeader() {
        return HttpClients.custom()
                .addRequestInterceptorFirst((request, entity, context) -> {
                    throw new IllegalStateException("cannot send " + request.getFirstHeader("Authorization"));
                }).build();
    }

    private Exchange callThroughARoute(String operation, boolean throwExceptionOnFailure, Map<String, Object> headers,
                                       String... options) throws Exception {
        String[] all = Stream.concat(Stream.of("maxRetries=0", "throwExceptionOnFailure=" + throwExceptionOnFailure),
                Stream.of(options)).toArray(String[]::new);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:okta").to(oktaUri(operation, all));
            }
        });
        return call("direct:okta", null, headers);
    }

    private static void stub(Case unusable) {
        for (Answer answer : unusable.answers()) {
            givenOkta(answer.request(), oktaAnswer(answer.status()).withHeader("Content-Type", "application/json")
                    .withBody(answer.body()));
        }
    }

    private static Case getBen(String name, String body, String problem) {
        return new Case("getUser answering " + name, "getUser", Map.of(OktaConstants.USER_ID, BEN_ID),
                List.of(new Answer(get(urlEqualTo(BEN)), 200, body)),
                "Okta answered 200 to GET " + BEN + " but the body is not a user: " + problem);
    }

    /** getUser by an email that is not a login: the GET's 404, then the search's answer. */
    private static Case searchForBen(String name, String searchBody, String problem) {
        return new Case("getUser by email, " + name, "getUser", Map.of(OktaConstants.USER_ID, "ben.richler@example.com"),
                List.of(new Answer(get(urlEqualTo(BEN_BY_EMAIL)), 404, """
                                {"errorCode": "E0000007", "errorSummary": "Not found: Resource not found: ben.richler@example.com (User)",
                                 "errorLink": "E0000007", "errorId": "oae1", "errorCauses": []}"""),
                        new Answer(get(urlPathEqualTo(USERS)), 200, searchBody)),
                "Okta answered 200 to GET " + USERS + " but the body is not a list of users: " + problem);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
