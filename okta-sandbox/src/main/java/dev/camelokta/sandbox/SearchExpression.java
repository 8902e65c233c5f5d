package dev.camelokta.sandbox;

import dev.camelokta.sandbox.QueryTokenizer.Kind;
import dev.camelokta.sandbox.QueryTokenizer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parses Okta's {@code search} and {@code filter} expressions into a test on users or groups.
 *
 * <p>Grammar: {@code expr := and ("or" and)*}, {@code and := term ("and" term)*},
 * {@code term := "(" expr ")" | attribute operator [value]}. Keywords and operators ignore case.
 * {@code search} compares values ignoring case and knows the operators {@code eq sw co pr gt ge lt le} on every
 * attribute the {@link Attributes} know; {@code filter} compares values exactly and allows only what its
 * {@link FilterRules} allow. Anything else is refused with {@code E0000031}.
 *
 * @param <T> what is searched
 */
final class SearchExpression<T> {

    /** The attributes of what is searched, as text. */
    interface Attributes<T> {

        boolean isKnown(String attribute);

        /** The attribute's values: none when absent or null, several for an array (any may match). */
        List<String> values(T item, String attribute);
    }

    /**
     * What Okta's {@code filter} allows: {@code eq} on {@code equality} attributes, and {@code eq gt ge lt le}
     * on {@code ordered} ones.
     */
    record FilterRules(Set<String> equality, Set<String> ordered) {
    }

    private static final Set<String> ORDERING = Set.of("gt", "ge", "lt", "le");
    private static final Set<String> OPERATORS = Set.of("eq", "sw", "co", "pr", "gt", "ge", "lt", "le");

    private final List<Token> tokens;
    private final Attributes<T> attributes;
    /** {@code null} for {@code search}. */
    private final FilterRules filter;
    private int position;

    private SearchExpression(String expression, Attributes<T> attributes, FilterRules filter) {
        this.tokens = QueryTokenizer.tokenize(expression);
        this.attributes = attributes;
        this.filter = filter;
    }

    /** @throws OktaApiException {@code E0000031} for an expression that cannot be parsed */
    static <T> Predicate<T> search(String expression, Attributes<T> attributes) {
        return new SearchExpression<>(expression, attributes, null).parse();
    }

    /** @throws OktaApiException {@code E0000031} for an expression that cannot be parsed or that the rules forbid */
    static <T> Predicate<T> filter(String expression, Attributes<T> attributes, FilterRules rules) {
        return new SearchExpression<>(expression, attributes, rules).parse();
    }

    private Predicate<T> parse() {
        if (tokens.isEmpty()) {
            throw invalid();
        }
        Predicate<T> predicate = disjunction();
        if (position != tokens.size()) {
            throw invalid();
        }
        return predicate;
    }

    private Predicate<T> disjunction() {
        Predicate<T> predicate = conjunction();
        while (nextIsKeyword("or")) {
            position++;
            predicate = predicate.or(conjunction());
        }
        return predicate;
    }

    private Predicate<T> conjunction() {
        Predicate<T> predicate = term();
        while (nextIsKeyword("and")) {
            position++;
            predicate = predicate.and(term());
        }
        return predicate;
    }

    private Predicate<T> term() {
        Token first = take();
        if (first.kind() == Kind.OPEN) {
            Predicate<T> inner = disjunction();
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
            return item -> !attributes.values(item, attribute).isEmpty();
        }
        return comparison(attribute, operator, value());
    }

    private void checkAllowed(String attribute, String operator) {
        boolean known = attributes.isKnown(attribute) && OPERATORS.contains(operator);
        boolean allowedInFilter = filter == null
                || (filter.equality().contains(attribute) && operator.equals("eq"))
                || (filter.ordered().contains(attribute) && (operator.equals("eq") || ORDERING.contains(operator)));
        if (!known || !allowedInFilter) {
            throw invalid();
        }
    }

    private Predicate<T> comparison(String attribute, String operator, String expected) {
        boolean exact = filter != null;
        String wanted = exact ? expected : expected.toLowerCase(Locale.ROOT);
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
        return item -> attributes.values(item, attribute).stream()
                .map(actual -> exact ? actual : actual.toLowerCase(Locale.ROOT))
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
