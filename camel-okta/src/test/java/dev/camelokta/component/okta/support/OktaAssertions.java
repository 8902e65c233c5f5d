package dev.camelokta.component.okta.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUser;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static dev.camelokta.component.okta.support.OktaTestSupport.OKTA;
import static dev.camelokta.component.okta.support.OktaTestSupport.RATE_LIMIT_LIMIT;
import static dev.camelokta.component.okta.support.OktaTestSupport.RATE_LIMIT_REMAINING;
import static dev.camelokta.component.okta.support.OktaTestSupport.RATE_LIMIT_RESET;
import static dev.camelokta.component.okta.support.OktaTestSupport.REQUEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks shared by the operation tests.
 */
public final class OktaAssertions {

    /** The fields of the card's UserResource: everything else Okta sends must be dropped. */
    private static final String[] USER_RESOURCE_FIELDS = { "id", "status", "created", "activated", "statusChanged",
            "lastLogin", "lastUpdated", "passwordChanged", "type", "profile", "credentials" };

    private OktaAssertions() {
    }

    /** Okta got exactly this one request and no other. */
    public static void assertOnlyRequest(RequestPatternBuilder request) {
        OKTA.verify(1, request);
        assertThat(OKTA.getAllServeEvents()).as("requests Okta received").hasSize(1);
    }

    /** The output headers of a call that Okta answered with the stubbed request id and rate-limit headers. */
    public static void assertCallHeaders(Exchange exchange, boolean success, int httpStatus) {
        Message message = exchange.getMessage();
        assertThat(message.getHeader(OktaConstants.SUCCESS)).isEqualTo(success);
        assertThat(message.getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(httpStatus);
        assertThat(message.getHeader(OktaConstants.REQUEST_ID)).isEqualTo(REQUEST_ID);
        assertThat(message.getHeader(OktaConstants.RATE_LIMIT_LIMIT)).isEqualTo(RATE_LIMIT_LIMIT);
        assertThat(message.getHeader(OktaConstants.RATE_LIMIT_REMAINING)).isEqualTo(RATE_LIMIT_REMAINING);
        assertThat(message.getHeader(OktaConstants.RATE_LIMIT_RESET)).isEqualTo(RATE_LIMIT_RESET);
    }

    /**
     * The user is the fixture's Okta user with the card's fields only: {@code _links}, {@code realmId} and
     * {@code transitioningToStatus} dropped, {@code profile} and {@code credentials} whole.
     */
    @SuppressWarnings("unchecked")
    public static void assertUserMapped(OktaUser user, Map<String, Object> oktaUser) {
        Map<String, Object> written = OktaJson.readObject(OktaJson.write(user));
        assertThat(written).containsOnlyKeys(USER_RESOURCE_FIELDS)
                .doesNotContainKeys("_links", "realmId", "transitioningToStatus");
        assertThat(user.getId()).isEqualTo(oktaUser.get("id"));
        assertThat(user.getStatus()).isEqualTo(oktaUser.get("status"));
        assertThat(user.getCreated()).isEqualTo(oktaUser.get("created"));
        assertThat(user.getActivated()).isEqualTo(oktaUser.get("activated"));
        assertThat(user.getStatusChanged()).isEqualTo(oktaUser.get("statusChanged"));
        assertThat(user.getLastLogin()).isEqualTo(oktaUser.get("lastLogin"));
        assertThat(user.getLastUpdated()).isEqualTo(oktaUser.get("lastUpdated"));
        assertThat(user.getPasswordChanged()).isEqualTo(oktaUser.get("passwordChanged"));
        assertThat(user.getType().getId()).isEqualTo(((Map<String, Object>) oktaUser.get("type")).get("id"));
        assertThat(user.getProfile()).isEqualTo(oktaUser.get("profile"));
        assertThat(user.getCredentials()).isEqualTo(oktaUser.get("credentials"));
    }

    /** The single line a failure carries. */
    public static void assertOneLine(String error) {
        assertThat(error).isNotBlank().doesNotContain("\n", "\r");
    }
}
