package dev.camelokta.component.okta.api;

import java.util.List;

/**
 * A rule on an operation's input beyond its required parameters: at least one of {@code parameters} must be given
 * (updateUser needs something to change), or at most one of them (listUsers takes one of search, filter or q).
 *
 * @param problem    what is wrong when the rule is broken, e.g. "Nothing to change"
 * @param parameters the names of the parameters the rule is about
 * @param summary    the rule in a few words for docs, e.g. "at least one change"
 * @param kind       at least one, or at most one
 */
public record InputRule(String problem, List<String> parameters, String summary, Kind kind) {

    /** How many of the rule's parameters a call may give. */
    public enum Kind {
        AT_LEAST_ONE,
        AT_MOST_ONE
    }

    public InputRule {
        parameters = List.copyOf(parameters);
    }

    /** An at-least-one-of rule. */
    public InputRule(String problem, List<String> parameters, String summary) {
        this(problem, parameters, summary, Kind.AT_LEAST_ONE);
    }

    public static InputRule atLeastOneOf(String problem, List<String> parameters, String summary) {
        return new InputRule(problem, parameters, summary, Kind.AT_LEAST_ONE);
    }

    public static InputRule atMostOneOf(String problem, List<String> parameters, String summary) {
        return new InputRule(problem, parameters, summary, Kind.AT_MOST_ONE);
    }
}
