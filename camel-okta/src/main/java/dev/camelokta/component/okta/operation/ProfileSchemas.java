package dev.camelokta.component.okta.operation;

import java.util.Optional;

import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.model.OktaUserSchema;

/**
 * The org's user schemas, as far as they can be read: which profile attributes the users of a type may hold.
 */
public interface ProfileSchemas {

    /** No schema is ever known: nothing is checked before Okta checks it. */
    ProfileSchemas NONE = (client, typeId) -> Optional.empty();

    /**
     * @param  typeId             a user type id, or null for the org's default type
     * @return                    the type's schema; empty when it cannot be read (a token without the right to read
     *                            schemas, a rate limit, an outage), so Okta's own check of the profile is the only one
     * @throws OktaInputException when the org has no user type of that id
     */
    Optional<OktaUserSchema> of(OktaClient client, String typeId);
}
