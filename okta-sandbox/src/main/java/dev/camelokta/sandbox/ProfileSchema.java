package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The profile schema of one user type: Okta's base attributes and the type's custom ones. It decides which
 * profiles a user of the type may have, as Okta's Universal Directory does.
 *
 * @param id     the schema's id, {@code osc} and the type id's 17 characters
 * @param custom the custom attributes, in the order they were added
 */
record ProfileSchema(String id, UserType type, List<SchemaAttribute> custom) {

    /** What a profile check found: properties the schema does not define, and the other reasons for refusal. */
    record Check(List<String> undefined, List<ValidationCause> causes) {

        boolean passed() {
            return undefined.isEmpty() && causes.isEmpty();
        }
    }

    ProfileSchema {
        custom = List.copyOf(custom);
    }

    /** The base attributes, then the custom ones. */
    List<SchemaAttribute> attributes() {
        List<SchemaAttribute> all = new ArrayList<>(BaseAttributes.ALL);
        all.addAll(custom);
        return all;
    }

    /**
     * Checks a whole profile: every property must be an attribute of the schema, of its type; the required base
     * attributes follow {@link ProfileValidator}'s rules; strings keep to their {@code maxLength}.
     */
    Check check(Map<String, Object> profile) {
        List<String> undefined = new ArrayList<>();
        List<ValidationCause> causes = new ArrayList<>(ProfileValidator.check(profile));
        for (Map.Entry<String, Object> property : profile.entrySet()) {
            SchemaAttribute attribute = attribute(property.getKey());
            if (attribute == null) {
                undefined.add(ValidationCause.undefinedProperty(property.getKey()));
            } else if (!attribute.required()) {
                checkValue(attribute, property.getValue(), causes);
            }
        }
        return new Check(undefined, causes);
    }

    SchemaAttribute attribute(String name) {
        for (SchemaAttribute attribute : BaseAttributes.ALL) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        for (SchemaAttribute attribute : custom) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    private static void checkValue(SchemaAttribute attribute, Object value, List<ValidationCause> causes) {
        if (!attribute.type().accepts(value)) {
            causes.add(new ValidationCause(attribute.name(),
                    ValidationCause.TYPE_MISMATCH + attribute.type().schemaName()));
        } else if (value instanceof String text && attribute.maxLength() != null
                && text.length() > attribute.maxLength()) {
            causes.add(new ValidationCause(attribute.name(),
                    ValidationCause.TOO_LONG + attribute.maxLength() + " characters"));
        }
    }
}
