package dev.camelokta.component.okta;

import java.security.GeneralSecurityException;

import dev.camelokta.component.okta.http.TokenSafeConnectionFactory;
import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The httpClient option: an endpoint calls Okta with the client it is given; and the component's token-safe
 * connections, which its own pooled client uses, work over TLS without logging the token.
 */
class HttpClientOptionTest extends OktaTestSupport {

    private static final String ISAAC = "/api/v1/users/00ub0oNGTSWTBKOLGLNR";

    @BeforeEach
    void oktaHasIsaac() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"));
    }

    @Test
    void theEndpointCallsOktaWithTheGivenClient() throws Exception {
        try (CloseableHttpClient client = HttpClients.custom()
                .addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Client", "given"))
                .build()) {
            context.getRegistry().bind("givenClient", client);

            Exchange exchange = call(oktaUri("getUser", "httpClient=#givenClient"), "00ub0oNGTSWTBKOLGLNR");

            assertThat(userResult(exchange).isSuccess()).isTrue();
            OKTA.verify(1, withOktaHeaders(getRequestedFor(urlEqualTo(ISAAC))).withHeader("X-Client", equalTo("given")));
        }
    }

    @Test
    void tokenSafeConnectionsWorkOverTlsAndLogNoToken() throws Exception {
        String logs;
        try (CloseableHttpClient client = tokenSafeClientTrustingWireMock().build();
             LogCapture capture = LogCapture.open().at(Level.TRACE, "org.apache.hc", "dev.camelokta")) {
            context.getRegistry().bind("tlsClient", client);
            String uri = endpointUri("https://127.0.0.1:" + OKTA.getHttpsPort(), "getUser", "RAW(" + TOKEN + ")",
                    "httpClient=#tlsClient");

            assertThat(userResult(call(uri, "00ub0oNGTSWTBKOLGLNR")).isSuccess()).isTrue();
            assertThat(userResult(call(uri, "00ub0oNGTSWTBKOLGLNR")).isSuccess()).as("on a pooled connection").isTrue();
            logs = capture.text();
        }

        OKTA.verify(2, withOktaHeaders(getRequestedFor(urlEqualTo(ISAAC))));
        assertThat(OKTA.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().getScheme()).isEqualTo("https"));
        assertThat(logs).contains("Okta GET " + ISAAC + " -> 200", "org.apache.hc.client5.http.impl.classic.MainClientExec")
                .doesNotContain(TOKEN);
    }

    /** The component's connections, with TLS that trusts WireMock's self-signed certificate. */
    private static HttpClientBuilder tokenSafeClientTrustingWireMock() throws GeneralSecurityException {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(TokenSafeConnectionFactory.INSTANCE)
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(
                        SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build(),
                        NoopHostnameVerifier.INSTANCE))
                .build());
    }
}
