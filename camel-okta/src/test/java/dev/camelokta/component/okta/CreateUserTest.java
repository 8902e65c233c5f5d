package dev.camelokta.component.okta;

import java.util.Map;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertCallHeaders;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static dev.camelokta.component.okta.support.OktaAssertions.assertUserMapped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * createUser: POST /api/v1/users?activate=... with the profile, and Okta's answer as the card's result.
 */
class CreateUserTest extends OktaTestSupport {

    @BeforeEach
    void oktaCreatesUsers() {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
    }

    @Test
    void sendsOnePostWithTheProfileOnlyAndActivateTrue() {
        call(oktaUri("createUser"), null, CREATE_ISAAC);

        assertOnlyRequest(withOktaHeaders(postRequestedFor(urlEqualTo("/api/v1/users?activate=true")))
                .withHeader("Content-Type", matching("application/json(;.*)?"))
                .withRequestBody(equalToJson("""
                        {"profile": {"firstName": "Isaac", "lastName": "Brock",
                                     "email": "isaac.brock@example.com", "login": "isaac.brock@example.com"}}
                        """)));
    }

    @Test
    void sendsMobilePhoneAndTypeWhenGiven() {
        call(oktaUri("createUser"), Map.of("mobile_phone", "555-415-1337", "type_id", "otyfnjfba4ye7pgjB0g4"), CREATE_ISAAC);

        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?activate=true"))
                .withRequestBody(equalToJson("""
                        {"profile": {"firstName": "Isaac", "lastName": "Brock", "email": "isaac.brock@example.com",
                                     "login": "isaac.brock@example.com", "mobilePhone": "555-415-1337"},
                         "type": {"id": "otyfnjfba4ye7pgjB0g4"}}
                        """)));
    }

    @Test
    void mapsOktasUserIntoTheResult() {
        Exchange exchange = call(oktaUri("createUser"), null, CREATE_ISAAC);

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getError()).isNull();
        assertUserMapped(result.getUser(), OktaFixtures.object("user-created.json"));
    }

    @Test
    void setsTheOutputHeaders() {
        Exchange exchange = call(oktaUri("createUser"), null, CREATE_ISAAC);

        assertCallHeaders(exchange, true, 200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00ub0oNGTSWTBKOLGLNR");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isNull();
    }
}
