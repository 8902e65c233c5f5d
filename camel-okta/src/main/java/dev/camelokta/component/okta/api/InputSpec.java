package dev.camelokta.component.okta.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an operation takes as input: its parameters, in the order they are documented (required first), the rules
 * beyond them, and which parameter a plain-text body is (getUser's user id), if any. Input resolution reads only this,
 * so it knows no operation by name.
 *
 * @param operation          the operation
 * @param parameters         its parameters
 * @param rules              further rules, such as "at least one of"
 * @param plainTextParameter the parameter a body that is plain text (not a JSON object) gives, or null
 */
public record InputSpec(OktaOperation operation, List<OperationParameter> parameters, List<InputRule> rules,
                        String plainTextParameter) {

    public InputSpec {
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        for (OperationParameter parameter : parameters) {
            if (parameters.stream().filter(p -> p.name().equals(parameter.name())).count() > 1) {
                throw new IllegalArgumentException(operation + " declares parameter " + parameter.name() + " twice");
            }
        }
        List<String> names = parameters.stream().map(OperationParameter::name).toList();
        for (InputRule rule : rules) {
            rule.parameters().forEach(name -> requireDeclared(operation, names, name));
        }
        if (plainTextParameter != null) {
            requireDeclared(operation, names, plainTextParameter);
        }
    }

    /** The parameter a body key names, in snake_case or camelCase. */
    public Optional<OperationParameter> parameterForKey(String key) {
        return parameters.stream().filter(parameter -> parameter.isNamedBy(key)).findFirst();
    }

    public Optional<OperationParameter> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    public List<OperationParameter> required() {
        return parameters.stream().filter(OperationParameter::required).toList();
    }

    public List<OperationParameter> optional() {
        return parameters.stream().filter(parameter -> !parameter.required()).toList();
    }

    /** The parameter names as a list for messages: {@code first_name, last_name}. */
    public static String names(List<OperationParameter> parameters) {
        return parameters.stream().map(OperationParameter::name).collect(Collectors.joining(", "));
    }

    private static void requireDeclared(OktaOperation operation, List<String> declared, String name) {
        if (!declared.contains(name)) {
            throw new IllegalArgumentException(operation + " names parameter " + name + " but does not declare it");
        }
    }
}
