package dev.camelokta.component.okta.kamelet;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;

/** okta-add-user-to-group-action: {@code PUT /api/v1/groups/{groupId}/users/{userId}}. */
class OktaAddUserToGroupKameletTest extends OktaMembershipKameletTestSupport {

    @Override
    String route() {
        return "direct:add-user-to-group";
    }

    @Override
    MappingBuilder membership(UrlPattern url) {
        return WireMock.put(url);
    }

    @Override
    RequestPatternBuilder membershipRequested(UrlPattern url) {
        return WireMock.putRequestedFor(url);
    }
}
