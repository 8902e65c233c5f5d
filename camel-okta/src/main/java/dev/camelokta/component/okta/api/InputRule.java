package dev.camelokta.component.okta.api;

import java.util.List;

/**
 * A rule on an operation's input beyond its required parameters: at least one of {@code parameters} must be given,
 * e.g. updateUser needs something to change.
 *
 * @param problem    what is wrong when none is given, e.g. "Nothing to change"
 * @param parameters the names of the parameters of which one at least is needed
 * @param summary    the rule in a few words for docs, e.g. "at least one change"
 */
public record InputRule(String problem, List<String> parameters, String summary) {

    public InputRule {
        parameters = List.copyOf(parameters);
    }

    public static InputRule atLeastOneOf(String problem, List<String> parameters, String summary) {
        return new InputRule(problem, parameters, summary);
    }
}
