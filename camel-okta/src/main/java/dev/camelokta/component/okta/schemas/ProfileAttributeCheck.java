package dev.camelokta.component.okta.schemas;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaUserSchema;

/**
 * Refuses profile attributes that a user schema does not define, naming each and the nearest one it does define.
 */
public final class ProfileAttributeCheck {

    private ProfileAttributeCheck() {
    }

    /** The names the schema does not define (names are case-sensitive, as Okta's are). */
    public static List<String> undefined(OktaUserSchema schema, Collection<String> names) {
        return names.stream().filter(name -> schema.attribute(name).isEmpty()).toList();
    }

    /**
     * @param  typeId             the user type whose schema it is, or null for the default type
     * @throws OktaInputException naming each undefined attribute and the nearest defined one
     */
    public static void requireDefined(OktaUserSchema schema, Collection<String> names, OktaOperation operation,
                                      String typeId) {
        List<String> undefined = undefined(schema, names);
        if (undefined.isEmpty()) {
            return;
        }
        String listed = undefined.stream().map(name -> withSuggestion(name, schema)).collect(Collectors.joining(", "));
        String type = typeId == null ? "the default user type" : "user type " + LogValues.safe(typeId);
        throw new OktaInputException("Unknown profile " + (undefined.size() == 1 ? "attribute " : "attributes ") + listed
                                     + " for okta:" + operation + ": the org's user schema of " + type
                                     + " does not define " + (undefined.size() == 1 ? "it" : "them")
                                     + "; okta:listProfileAttributes lists the attributes it does");
    }

    private static String withSuggestion(String name, OktaUserSchema schema) {
        return "'" + LogValues.safe(name) + "'" + NearestName.of(name, schema.names())
                .map(nearest -> " (did you mean " + nearest + "?)").orElse("");
    }
}
