package dev.camelokta.component.okta.kamelet;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;

/** okta-remove-user-from-group-action: {@code DELETE /api/v1/groups/{groupId}/users/{userId}}. */
class OktaRemoveUserFromGroupKameletTest extends OktaMembershipKameletTestSupport {

    @Override
    String route() {
        return "direct:remove-user-from-group";
    }

    @Override
    MappingBuilder membership(UrlPattern url) {
        return WireMock.delete(url);
    }

    @Override
    RequestPatternBuilder membershipRequested(UrlPattern url) {
        return WireMock.deleteRequestedFor(url);
    }
}
