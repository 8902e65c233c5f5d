package dev.camelokta.sandbox;

/**
 * A custom attribute asked for in the builder, before the sandbox knows the user types' ids.
 *
 * @param userType the user type's name, {@code null} for the default type
 */
record CustomAttributeDefinition(String userType, SchemaAttribute attribute) {
}
