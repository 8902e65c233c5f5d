package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profile schema of every user type, fixed at start: {@code osc...} for {@code oty...}, the default type's also
 * known as {@code default}. Custom attributes come from the builder, each for one type.
 */
final class UserSchemaRegistry {

    static final String DEFAULT_ALIAS = "default";

    private final Map<String, ProfileSchema> schemasByTypeId = new LinkedHashMap<>();
    private final UserTypeRegistry types;

    /**
     * @param customAttributes the custom attributes by user type name ({@code null} for the default type)
     * @throws IllegalArgumentException for an unknown type, or an attribute that is there already (base ones
     *                                  included, compared ignoring case as Okta does)
     */
    UserSchemaRegistry(UserTypeRegistry types, List<CustomAttributeDefinition> customAttributes) {
        this.types = types;
        Map<String, List<SchemaAttribute>> customByType = new LinkedHashMap<>();
        types.all().forEach(type -> customByType.put(type.id(), new ArrayList<>()));
        for (CustomAttributeDefinition definition : customAttributes) {
            UserType type = definition.userType() == null ? types.defaultType() : types.byName(definition.userType());
            List<SchemaAttribute> custom = customByType.get(type.id());
            SchemaAttribute attribute = definition.attribute();
            boolean taken = BaseAttributes.ALL.stream().anyMatch(base -> sameName(base, attribute))
                    || custom.stream().anyMatch(other -> sameName(other, attribute));
            if (taken) {
                throw new IllegalArgumentException("The user type '" + type.name() + "' has an attribute named '"
                        + attribute.name() + "' already (names are compared ignoring case)");
            }
            custom.add(attribute);
        }
        customByType.forEach((typeId, custom) -> schemasByTypeId.put(typeId,
                new ProfileSchema(OktaIds.schemaIdOf(typeId), types.byId(typeId).orElseThrow(), custom)));
    }

    /** The schema of a user type that exists. */
    ProfileSchema forType(String typeId) {
        ProfileSchema schema = schemasByTypeId.get(typeId);
        if (schema == null) {
            throw new IllegalArgumentException("No user type " + typeId);
        }
        return schema;
    }

    /** A schema by its id, or {@code default} for the default type's. */
    Optional<ProfileSchema> byId(String schemaId) {
        if (schemaId.equals(DEFAULT_ALIAS)) {
            return Optional.of(forType(types.defaultType().id()));
        }
        return schemasByTypeId.values().stream().filter(schema -> schema.id().equals(schemaId)).findFirst();
    }

    private static boolean sameName(SchemaAttribute one, SchemaAttribute other) {
        return one.name().toLowerCase(Locale.ROOT).equals(other.name().toLowerCase(Locale.ROOT));
    }
}
