package dev.camelokta.sandbox;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code search} and {@code filter} of {@code GET /api/v1/groups} (see {@link SearchExpression}): {@code search}
 * knows {@code profile.name}, {@code profile.description} and the top-level {@code id created lastUpdated
 * lastMembershipUpdated type}; {@code filter}, as Okta documents it, {@code eq} on {@code id} and {@code type} and
 * comparisons on {@code lastUpdated} and {@code lastMembershipUpdated}.
 */
final class GroupQuery {

    private static final SearchExpression.FilterRules FILTER = new SearchExpression.FilterRules(
            Set.of("id", "type"), Set.of("lastUpdated", "lastMembershipUpdated"));
    private static final Set<String> KNOWN = Set.of("id", "created", "lastUpdated", "lastMembershipUpdated", "type",
            "profile.name", "profile.description");
    private static final SearchExpression.Attributes<SandboxGroup> ATTRIBUTES = new SearchExpression.Attributes<>() {
        @Override
        public boolean isKnown(String attribute) {
            return KNOWN.contains(attribute);
        }

        @Override
        public List<String> values(SandboxGroup group, String attribute) {
            String value = switch (attribute) {
                case "id" -> group.id();
                case "created" -> OktaTimestamps.format(group.created());
                case "lastUpdated" -> OktaTimestamps.format(group.lastUpdated());
                case "lastMembershipUpdated" -> OktaTimestamps.format(group.lastMembershipUpdated());
                case "type" -> GroupJson.TYPE;
                case "profile.name" -> group.name();
                default -> group.description();
            };
            return value == null ? List.of() : List.of(value);
        }
    };

    private GroupQuery() {
    }

    static Predicate<SandboxGroup> search(String expression) {
        return SearchExpression.search(expression, ATTRIBUTES);
    }

    static Predicate<SandboxGroup> filter(String expression) {
        return SearchExpression.filter(expression, ATTRIBUTES, FILTER);
    }
}
