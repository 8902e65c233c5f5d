package dev.camelokta.component.okta;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The API token goes to Okta in the Authorization header, intact, and nowhere else: not in logs (at TRACE), exceptions,
 * results, headers, toString or the sanitized endpoint URI.
 */
class TokenSecrecyTest extends OktaTestSupport {

    private static final String SPECIAL_TOKEN = "tok+en&with=chars";
    private static final String BEN_ID = "00u1xke1apZnmHgpB1d7";

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return properties("okta.token", TOKEN, "okta.special-token", SPECIAL_TOKEN);
    }

    @BeforeEach
    void oktaCreatesUsersButRefusesToReadBen() {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        givenOkta(get(urlEqualTo("/api/v1/users/" + BEN_ID)), oktaJson(401, "error-401-invalid-token.json"));
    }

    @Test
    void logsNeverShowTheToken() throws Exception {
        String logs = logsWhileCallingOkta("RAW(" + TOKEN + ")", Level.DEBUG);

        assertThat(logs).as("the capture saw the calls")
                .contains("Okta POST /api/v1/users -> 200", "Okta GET /api/v1/users/" + BEN_ID + " -> 401",
                        "org.apache.hc.client5.http.impl.classic.MainClientExec", "apiToken=xxxxxx")
                .doesNotContain(TOKEN);
    }

    /** Camel's own TRACE lines print endpoint URIs unmasked: a token set on the component is in no URI. */
    @Test
    void logsAtCamelTraceNeverShowATokenSetOnTheComponent() throws Exception {
        context.getComponent("okta", OktaComponent.class).getConfiguration().setApiToken(TOKEN);

        String logs = logsWhileCallingOkta(null, Level.TRACE);

        assertThat(logs).as("the capture saw the calls")
                .contains("Okta POST /api/v1/users -> 200", "TRACE org.apache.camel")
                .doesNotContain(TOKEN);
        OKTA.verify(3, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("SSWS " + TOKEN)));
    }

    /**
     * Runs successful and failing calls while dev.camelokta and org.apache.hc are captured at TRACE and org.apache.camel
     * at the given level.
     *
     * @param uriToken the apiToken of the endpoint URIs, none when null
     */
    private String logsWhileCallingOkta(String uriToken, Level camelLevel) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get-user")
                        .to(endpointUri(baseUrl(), "getUser", uriToken, "maxRetries=0", "throwExceptionOnFailure=true"));
            }
        });
        try (LogCapture capture = LogCapture.open().at(Level.TRACE, "dev.camelokta", "org.apache.hc")
                .at(camelLevel, "org.apache.camel")) {
            call(endpointUri(baseUrl(), "createUser", uriToken), null, CREATE_ISAAC);
            call(endpointUri(baseUrl(), "getUser", uriToken, "maxRetries=0"), BEN_ID);
            call("direct:get-user", BEN_ID);
            call(endpointUri(baseUrl(), "createUser", uriToken, "throwExceptionOnFailure=true"), Map.of("login", "ike"));
            call(endpointUri(closedPortUrl(), "getUser", uriToken, "maxRetries=1", "connectTimeout=200"), BEN_ID);
            catchThrowable(() -> context.getEndpoint(endpointUri(baseUrl(), "getUser", uriToken, "rateLimitCapacity=0")));
            return capture.text();
        }
    }

    @Test
    void exceptionsNeverShowTheToken() {
        Throwable apiFailure = call(oktaUri("getUser", "maxRetries=0", "throwExceptionOnFailure=true"), BEN_ID).getException();
        Throwable inputFailure = call(oktaUri("getUser", "throwExceptionOnFailure=true"), null).getException();
        Throwable endpointFailure = catchThrowable(() -> context.getEndpoint(oktaUri("getUser", "maxRetries=-1")));

        assertThat(apiFailure).isInstanceOf(OktaApiException.class);
        assertThat(inputFailure).isInstanceOf(OktaInputException.class);
        assertThat(endpointFailure).isInstanceOf(ResolveEndpointFailedException.class);
        for (Throwable failure : new Throwable[] { apiFailure, inputFailure, endpointFailure }) {
            assertThat(failure.toString()).doesNotContain(TOKEN);
            assertThat(stackTrace(failure)).doesNotContain(TOKEN);
        }
    }

    @Test
    void resultsAndHeadersNeverShowTheToken() {
        Exchange success = call(oktaUri("createUser"), null, CREATE_ISAAC);
        Exchange failure = call(oktaUri("getUser", "maxRetries=0"), BEN_ID);

        for (Exchange exchange : new Exchange[] { success, failure }) {
            assertThat(exchange.getMessage().getBody(String.class)).startsWith("{\"success\":").doesNotContain(TOKEN);
            assertThat(exchange.getMessage().getHeaders()).isNotEmpty()
                    .allSatisfy((name, value) -> assertThat(String.valueOf(value)).as(name).doesNotContain(TOKEN));
        }
    }

    @Test
    void endpointAndConfigurationNeverShowTheToken() {
        OktaEndpoint endpoint = context.getEndpoint(oktaUri("getUser"), OktaEndpoint.class);

        assertThat(endpoint.getConfiguration().getApiToken()).isEqualTo(TOKEN);
        assertThat(endpoint.toString()).doesNotContain(TOKEN);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).contains("apiToken=xxxxxx").doesNotContain(TOKEN);
        assertThat(endpoint.getConfiguration().toString()).contains("apiToken=<masked>").doesNotContain(TOKEN);
        assertThat(endpoint.getComponent().getConfiguration().toString()).doesNotContain(TOKEN);
    }

    @ParameterizedTest(name = "apiToken={0}")
    @CsvSource(delimiter = '|', value = {
            "RAW(tok+en&with=chars)          | tok+en&with=chars",
            "{{okta.token}}                  | " + TOKEN,
            "RAW({{okta.special-token}})     | tok+en&with=chars" })
    void theTokenReachesOktaIntact(String apiToken, String sent) {
        Exchange exchange = call(endpointUri(baseUrl(), "createUser", apiToken), null, CREATE_ISAAC);

        assertThat(userResult(exchange).isSuccess()).isTrue();
        OKTA.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("SSWS " + sent)));
        OktaEndpoint endpoint = context.getEndpoint(endpointUri(baseUrl(), "createUser", apiToken), OktaEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain(sent);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(sent);
    }

    /**
     * Camel decides by name what it masks in its summaries, consoles and sanitized URIs: apiToken is such a name in
     * every CamelContext built with camel-okta on the classpath, before any okta component exists.
     */
    @Test
    void camelHoldsApiTokenSecretByNameBeforeAnyOktaComponentExists() throws Exception {
        try (CamelContext plain = new DefaultCamelContext()) {
            plain.build();

            assertThat(plain.hasComponent("okta")).isNull();
            assertThat(CamelContextHelper.containsSensitive(plain, "camel.component.okta.api-token")).isTrue();
            assertThat(CamelContextHelper.containsSensitive(plain, "okta.apiToken")).isTrue();
            assertThat(CamelContextHelper.containsSensitive(plain, "okta.subdomain")).isFalse();
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
