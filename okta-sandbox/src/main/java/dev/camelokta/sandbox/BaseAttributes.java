package dev.camelokta.sandbox;

import java.util.List;

/**
 * The {@code #base} attributes of Okta's user profile schema, the same for every user type: all strings, with
 * {@code login}, {@code email}, {@code firstName} and {@code lastName} required, and the lengths and formats Okta's
 * default schema gives them.
 */
final class BaseAttributes {

    static final List<SchemaAttribute> ALL = List.of(
            new SchemaAttribute("login", "Username", AttributeType.STRING, true, 5, 100, null),
            new SchemaAttribute("firstName", "First name", AttributeType.STRING, true, 1, 50, null),
            new SchemaAttribute("lastName", "Last name", AttributeType.STRING, true, 1, 50, null),
            optional("middleName", "Middle name"),
            optional("honorificPrefix", "Honorific prefix"),
            optional("honorificSuffix", "Honorific suffix"),
            new SchemaAttribute("email", "Primary email", AttributeType.STRING, true, null, null, "email"),
            optional("title", "Title"),
            optional("displayName", "Display name"),
            optional("nickName", "Nickname"),
            withFormat("profileUrl", "Profile Url", "uri"),
            withFormat("secondEmail", "Secondary email", "email"),
            new SchemaAttribute("mobilePhone", "Mobile phone", AttributeType.STRING, false, 0, 100, null),
            new SchemaAttribute("primaryPhone", "Primary phone", AttributeType.STRING, false, 0, 100, null),
            optional("streetAddress", "Street address"),
            optional("city", "City"),
            optional("state", "State"),
            optional("zipCode", "Zip code"),
            withFormat("countryCode", "Country code", "country-code"),
            optional("postalAddress", "Postal Address"),
            withFormat("preferredLanguage", "Preferred language", "language-code"),
            withFormat("locale", "Locale", "locale"),
            withFormat("timezone", "Time zone", "timezone"),
            optional("userType", "User type"),
            optional("employeeNumber", "Employee number"),
            optional("costCenter", "Cost center"),
            optional("organization", "Organization"),
            optional("division", "Division"),
            optional("department", "Department"),
            optional("managerId", "ManagerId"),
            optional("manager", "Manager"));

    private BaseAttributes() {
    }

    private static SchemaAttribute optional(String name, String title) {
        return new SchemaAttribute(name, title, AttributeType.STRING, false, null, null, null);
    }

    private static SchemaAttribute withFormat(String name, String title, String format) {
        return new SchemaAttribute(name, title, AttributeType.STRING, false, null, null, format);
    }
}
