package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an Okta {@code search} or {@code filter} expression into tokens: parentheses, quoted strings
 * (with {@code \"} and {@code \\} escapes) and bare words (attributes, operators, {@code and}, {@code or}).
 */
final class QueryTokenizer {

    enum Kind { OPEN, CLOSE, WORD, STRING }

    record Token(Kind kind, String text) {
    }

    private QueryTokenizer() {
    }

    /** @throws OktaApiException {@code E0000031} for an unterminated string */
    static List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
                i++;
            } else if (c == '"') {
                i = readString(expression, i + 1, tokens);
            } else {
                int start = i;
                while (i < expression.length() && !isWordEnd(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, expression.substring(start, i)));
            }
        }
        return tokens;
    }

    private static int readString(String expression, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\\' && i + 1 < expression.length()) {
                value.append(expression.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                tokens.add(new Token(Kind.STRING, value.toString()));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new OktaApiException(OktaError.invalidSearchCriteria());
    }

    private static boolean isWordEnd(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }
}
