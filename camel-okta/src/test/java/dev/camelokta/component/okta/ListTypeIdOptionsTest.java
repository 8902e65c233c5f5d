package dev.camelokta.component.okta;

import dev.camelokta.component.okta.model.OktaTypeIdOption;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertCallHeaders;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * listTypeIdOptions: GET /api/v1/meta/types/user as {label: displayName, value: id} in Okta's order.
 */
class ListTypeIdOptionsTest extends OktaTestSupport {

    @BeforeEach
    void oktaHasThreeUserTypes() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(200, "user-types.json"));
    }

    @Test
    void sendsOneGetWithoutBodyOrContentType() {
        call(oktaUri("listTypeIdOptions"), null);

        assertOnlyRequest(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/meta/types/user")))
                .withoutHeader("Content-Type"));
    }

    @Test
    void mapsEachTypeToLabelAndValueInOktasOrder() {
        Exchange exchange = call(oktaUri("listTypeIdOptions"), null);

        OktaTypeIdOptionsResult result = optionsResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getError()).isNull();
        assertThat(result.getOptions()).extracting(OktaTypeIdOption::getLabel, OktaTypeIdOption::getValue).containsExactly(
                tuple("New user type", "otyfnly5cQjJT9PnR0g4"),
                tuple("User", "otyz9fj2jMiRBC1ZT1d6"),
                tuple("Contractor", "oty1b2c3d4e5f6g7h8i9"));
    }

    @Test
    void setsTheOutputHeadersButNoUserId() {
        Exchange exchange = call(oktaUri("listTypeIdOptions"), null);

        assertCallHeaders(exchange, true, 200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isNull();
    }
}
