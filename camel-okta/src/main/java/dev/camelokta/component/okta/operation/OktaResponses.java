package dev.camelokta.component.okta.operation;

import java.util.List;
import java.util.function.Function;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaTypeIdOption;
import dev.camelokta.component.okta.model.OktaUser;

/**
 * Reads Okta's successful answers into the card's types; any other answer, or one that cannot be read, becomes an
 * {@link OktaApiException}.
 */
public final class OktaResponses {

    private OktaResponses() {
    }

    public static OktaUser user(OktaResponse response) {
        return read(response, OktaJson::toUser);
    }

    public static List<OktaUser> users(OktaResponse response) {
        return read(response, OktaJson::toUsers);
    }

    public static List<OktaTypeIdOption> typeIdOptions(OktaResponse response) {
        return read(response, OktaJson::toTypeIdOptions);
    }

    private static <T> T read(OktaResponse response, Function<String, T> reader) {
        if (!response.isSuccess()) {
            throw OktaFailures.fromResponse(response);
        }
        try {
            return reader.apply(response.body());
        } catch (IllegalArgumentException e) {
            throw OktaFailures.fromResponse(response, e.getMessage());
        }
    }
}
