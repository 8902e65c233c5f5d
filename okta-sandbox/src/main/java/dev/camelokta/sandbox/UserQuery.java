package dev.camelokta.sandbox;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code search} and {@code filter} of {@code GET /api/v1/users} (see {@link SearchExpression}). {@code search}
 * knows any profile attribute and {@code id status created activated statusChanged lastUpdated type.id};
 * {@code filter}, as Okta documents it, allows only {@code eq} on
 * {@code id status profile.login profile.email profile.firstName profile.lastName} and comparisons on
 * {@code lastUpdated}.
 */
final class UserQuery {

    private static final SearchExpression.FilterRules FILTER = new SearchExpression.FilterRules(
            Set.of("status", "id", "profile.login", "profile.email", "profile.firstName", "profile.lastName"),
            Set.of("lastUpdated"));
    private static final SearchExpression.Attributes<SandboxUser> ATTRIBUTES = new SearchExpression.Attributes<>() {
        @Override
        public boolean isKnown(String attribute) {
            return UserAttributes.isKnown(attribute);
        }

        @Override
        public List<String> values(SandboxUser user, String attribute) {
            return UserAttributes.values(user, attribute);
        }
    };

    private UserQuery() {
    }

    static Predicate<SandboxUser> search(String expression) {
        return SearchExpression.search(expression, ATTRIBUTES);
    }

    static Predicate<SandboxUser> filter(String expression) {
        return SearchExpression.filter(expression, ATTRIBUTES, FILTER);
    }
}
