package dev.camelokta.sandbox;

import dev.camelokta.sandbox.QueryTokenizer.Kind;
import dev.camelokta.sandbox.QueryTokenizer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parses the {@code search} and {@code filter} expressions of {@code GET /api/v1/users} into a test on users.
 *
 * <p>Grammar: {@code expr := and ("or" and)*}, {@code and := term ("and" term)*},
 * {@code term := "(" expr ")" | attribute operator [value]}. Keywords and operators ignore case.
 * {@code search} compares values ignoring case and knows the operators {@code eq sw co pr gt ge lt le} on
 * any profile attribute and on {@code id status created activated statusChanged lastUpdated type.id};
 * {@code filter} compares values exactly and, as Okta documents it, allows only {@code eq} on
 * {@code id status profile.login profile.email profile.firstName profile.lastName} and comparisons on
 * {@code lastUpdated}. Anything else is refused with {@code E0000031}.
 */
final class UserQuery {

    private static final Set<String> FILTER_ATTRIBUTES = Set.of("status", "lastUpdated", "id", "profile.login",
            "profile.email", "profile.firstName", "profile.lastName");
    private static final Set<String> ORDERING = Set.of("gt", "ge", "lt", "le");

    private final List<Token> tokens;
    private final boolean filter;
    private int position;

    private UserQuery(String expression, boolean filter) {
        this.tokens = QueryTokenizer.tokenize(expression);
        this.filter = filter;
    }

    static Predicate<SandboxUser> search(String expression) {
        return new UserQuery(expression, false).parse();
    }

    static Predicate<SandboxUser> filter(String expression) {
        return new UserQuery(expression, true).parse();
    }

    private Predicate<SandboxUser> parse() {
        if (tokens.isEmpty()) {
            throw invalid();
        }
        Predicate<SandboxUser> predicate = disjunction();
        if (position != tokens.size()) {
            throw invalid();
        }
        return predicate;
    }

    private Predicate<SandboxUser> disjunction() {
        Predicate<SandboxUser> predicate = conjunction();
        while (nextIsKeyword("or")) {
            position++;
            predicate = predicate.or(conjunction());
        }
        return predicate;
    }

    private Predicate<SandboxUser> conjunction() {
        Predicate<SandboxUser> predicate = term();
        while (nextIsKeyword("and")) {
            position++;
            predicate = predicate.and(term());
        }
        return predicate;
    }

    private Predicate<SandboxUser> term() {
        Token first = take();
        if (first.kind() == Kind.OPEN) {
            Predicate<SandboxUser> inner = disjunction();
            if (take().kind() != Kind.CLOSE) {
                throw invalid();
            }
            return inner;
        }
        if (first.kind() != Kind.WORD) {
            throw invalid();
        }
        String attribute = first.text();
        String operator = word().toLowerCase(Locale.ROOT);
        checkAllowed(attribute, operator);
        if (operator.equals("pr")) {
            return user -> !UserAttributes.values(user, attribute).isEmpty();
        }
        String value = value();
        return comparison(attribute, operator, value);
    }

    private void checkAllowed(String attribute, String operator) {
        boolean known = UserAttributes.isKnown(attribute)
                && (operator.equals("eq") || operator.equals("sw") || operator.equals("co") || operator.equals("pr")
                || ORDERING.contains(operator));
        boolean allowedInFilter = FILTER_ATTRIBUTES.contains(attribute)
                && (operator.equals("eq") || (attribute.equals("lastUpdated") && ORDERING.contains(operator)));
        if (!known || (filter && !allowedInFilter)) {
            throw invalid();
        }
    }

    private Predicate<SandboxUser> comparison(String attribute, String operator, String expected) {
        String wanted = filter ? expected : expected.toLowerCase(Locale.ROOT);
        Predicate<String> test = switch (operator) {
            case "eq" -> actual -> actual.equals(wanted);
            case "sw" -> actual -> actual.startsWith(wanted);
            case "co" -> actual -> actual.contains(wanted);
            case "gt" -> actual -> actual.compareTo(wanted) > 0;
            case "ge" -> actual -> actual.compareTo(wanted) >= 0;
            case "lt" -> actual -> actual.compareTo(wanted) < 0;
            case "le" -> actual -> actual.compareTo(wanted) <= 0;
            default -> throw invalid();
        };
        return user -> UserAttributes.values(user, attribute).stream()
                .map(actual -> filter ? actual : actual.toLowerCase(Locale.ROOT))
                .anyMatch(test);
    }

    private String value() {
        Token token = take();
        if (token.kind() == Kind.STRING) {
            return token.text();
        }
        // Okta also takes bare booleans and numbers: profile.isContractor eq true.
        if (token.kind() == Kind.WORD && token.text().matches("true|false|-?\\d+(\\.\\d+)?")) {
            return token.text();
        }
        throw invalid();
    }

    private String word() {
        Token token = take();
        if (token.kind() != Kind.WORD) {
            throw invalid();
        }
        return token.text();
    }

    private boolean nextIsKeyword(String keyword) {
        return position < tokens.size() && tokens.get(position).kind() == Kind.WORD
                && tokens.get(position).text().equalsIgnoreCase(keyword);
    }

    private Token take() {
        if (position >= tokens.size()) {
            throw invalid();
        }
        return tokens.get(position++);
    }

    private static OktaApiException invalid() {
        return new OktaApiException(OktaError.invalidSearchCriteria());
    }
}
