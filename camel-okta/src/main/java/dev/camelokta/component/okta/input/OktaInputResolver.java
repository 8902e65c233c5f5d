package dev.camelokta.component.okta.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.api.InputRule;
import dev.camelokta.component.okta.api.InputSpec;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaRequestBody;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.Message;

/**
 * Works out an operation's parameters from the exchange, as its {@link InputSpec} declares them: a
 * {@code CamelOkta...} header or the body (a Map, a JSON object, a typed request, or plain text for the parameter that
 * takes it), else the endpoint's default. Anything missing, unknown, malformed or given twice with different values is
 * an {@link OktaInputException} that names the parameter and the fix, before any call. It knows no operation by name.
 */
public final class OktaInputResolver {

    private OktaInputResolver() {
    }

    /**
     * @param endpointOptions the value of an endpoint option by its name, e.g. {@code typeId}; null when unset
     */
    public static OktaInput resolve(InputSpec spec, Message message, Function<String, Object> endpointOptions) {
        Map<String, Object> fromBody = bodyValues(spec, message);
        Map<String, Object> values = new LinkedHashMap<>();
        for (OperationParameter parameter : spec.parameters()) {
            Object header = headerValue(spec, parameter, message);
            Object body = fromBody.get(parameter.name());
            checkNoConflict(spec, parameter, header, body);
            Object value = header != null ? header : body;
            if (value == null) {
                value = defaultValue(spec, parameter, endpointOptions);
            }
            if (value != null) {
                values.put(parameter.name(), value);
            }
        }
        reconcileProfile(spec, values);
        checkRequired(spec, values);
        checkRules(spec, values);
        checkPathSegments(spec, values);
        return new OktaInput(spec, values);
    }

    private static Object headerValue(InputSpec spec, OperationParameter parameter, Message message) {
        Object header = message.getHeader(parameter.header());
        return header == null ? null : read(spec, parameter, header, "header " + parameter.header());
    }

    /**
     * A header and the body that both give a parameter must give the same one: a header left by an earlier call (such
     * as the CamelOktaUserId a createUser sets) must never silently redirect a message to another user.
     */
    private static void checkNoConflict(InputSpec spec, OperationParameter parameter, Object header, Object body) {
        if (header == null || body == null || sameValue(header, body)) {
            return;
        }
        throw new OktaInputException("Conflicting " + parameter.name() + " for okta:" + spec.operation() + ": header "
                                     + parameter.header() + " is '" + LogValues.safe(header) + "' but the body has '"
                                     + LogValues.safe(body) + "'; remove the header (e.g. .removeHeader(\""
                                     + parameter.header() + "\")) or make them agree"
                                     + ("user_id".equals(parameter.name()) // the header each user operation leaves for the next
                                             ? " (createUser, getUser and updateUser set " + parameter.header() + ")" : ""));
    }

    /** The same value, or for text the same once trimmed. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof String || b instanceof String) {
            return a.toString().trim().equals(b.toString().trim());
        }
        return Objects.equals(a, b);
    }

    /**
     * A profile map (createUser's {@code profile}) and the card's keys name the same Okta attributes: {@code first_name}
     * is {@code firstName}. One given both ways must have one value; one given only in the map counts as given, so a
     * required card key may come in the map.
     */
    private static void reconcileProfile(InputSpec spec, Map<String, Object> values) {
        for (OperationParameter map : spec.parameters()) {
            if (!map.profileAttribute() || !(values.get(map.name()) instanceof Map<?, ?> attributes)) {
                continue;
            }
            for (OperationParameter card : spec.parameters()) {
                if (!card.profileAttribute() || card == map || !attributes.containsKey(card.camelCaseName())) {
                    continue;
                }
                Object inMap = attributes.get(card.camelCaseName());
                Object given = values.get(card.name());
                if (given == null && inMap != null) {
                    values.put(card.name(), read(spec, card, inMap, map.name() + "." + card.camelCaseName()));
                } else if (given != null && (inMap == null || !sameValue(given, inMap))) {
                    throw new OktaInputException("Conflicting " + card.camelCaseName() + " for okta:" + spec.operation()
                                                 + ": " + card.name() + " is '" + LogValues.safe(given) + "' but "
                                                 + map.name() + "." + card.camelCaseName() + " is '"
                                                 + LogValues.safe(inMap) + "'; give it once, or the same value in both");
                }
            }
        }
    }

    private static Object defaultValue(InputSpec spec, OperationParameter parameter, Function<String, Object> endpointOptions) {
        if (parameter.endpointOption() != null) {
            Object option = endpointOptions.apply(parameter.endpointOption());
            if (option != null) {
                return read(spec, parameter, option, "endpoint option " + parameter.endpointOption());
            }
        }
        return parameter.defaultValue();
    }

    private static Map<String, Object> bodyValues(InputSpec spec, Message message) {
        Object body = message.getBody();
        Map<String, Object> entries;
        if (body == null || body instanceof OktaResult) {
            return Map.of(); // nothing, or the result of an earlier okta call: not input
        } else if (body instanceof Map<?, ?> map) {
            entries = new LinkedHashMap<>();
            map.forEach((key, value) -> entries.put(String.valueOf(key), value));
        } else if (body instanceof OktaRequestBody) {
            entries = OktaJson.toMap(body);
        } else {
            String text = message.getBody(String.class);
            if (text == null || text.isBlank()) {
                return Map.of();
            }
            if (spec.plainTextParameter() != null && !text.trim().startsWith("{")) {
                return Map.of(spec.plainTextParameter(), text.trim());
            }
            entries = parseJsonObject(spec, text);
        }
        return bodyParameters(spec, entries);
    }

    private static Map<String, Object> parseJsonObject(InputSpec spec, String text) {
        try {
            return OktaJson.readObject(text);
        } catch (IllegalArgumentException e) {
            throw new OktaInputException("The body of okta:" + spec.operation() + " is not a JSON object ("
                                         + LogValues.safe(e.getMessage()) + "); send an object with the keys "
                                         + InputSpec.names(spec.parameters()) + ", or set the CamelOkta... headers");
        }
    }

    private static Map<String, Object> bodyParameters(InputSpec spec, Map<String, Object> entries) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        entries.forEach((key, value) -> {
            OperationParameter parameter = spec.parameterForKey(key).orElse(null);
            if (parameter == null) {
                unknown.add(LogValues.safe(key));
            } else if (value != null) {
                values.put(parameter.name(), read(spec, parameter, value, "body key " + LogValues.safe(key)));
            }
        });
        if (!unknown.isEmpty()) {
            throw new OktaInputException("Unknown " + (unknown.size() == 1 ? "key " : "keys ") + unknown.stream().map(LogValues::safe).toList() + " in the body of okta:"
                                         + spec.operation() + "; " + accepted(spec));
        }
        return values;
    }

    private static String accepted(InputSpec spec) {
        if (spec.parameters().isEmpty()) {
            return "it takes no parameters";
        }
        String camelCaseExample = spec.parameters().stream().map(OperationParameter::camelCaseName)
                .filter(name -> spec.parameter(name).isEmpty()).findFirst().orElse(null);
        return "it accepts " + InputSpec.names(spec.parameters())
               + (camelCaseExample == null ? "" : " (camelCase such as " + camelCaseExample + " works too)");
    }

    private static Object read(InputSpec spec, OperationParameter parameter, Object value, String source) {
        try {
            return parameter.type().read(value);
        } catch (IllegalArgumentException e) {
            boolean showValue = !(value instanceof Map || value instanceof Iterable || value.getClass().isArray());
            throw new OktaInputException("Invalid " + parameter.name() + (showValue ? " '" + LogValues.safe(value) + "'" : "")
                                         + " in " + source + " of okta:" + spec.operation() + ": " + e.getMessage());
        }
    }

    private static void checkRequired(InputSpec spec, Map<String, Object> values) {
        List<OperationParameter> missing = spec.required().stream()
                .filter(parameter -> values.get(parameter.name()) == null || values.get(parameter.name()).toString().isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new OktaInputException("Missing required " + (missing.size() == 1 ? "parameter " : "parameters ")
                                         + InputSpec.names(missing) + " for okta:" + spec.operation() + ": set "
                                         + missing.stream().map(OperationParameter::header).collect(Collectors.joining(", "))
                                         + " or the same keys in the body");
        }
    }

    private static void checkRules(InputSpec spec, Map<String, Object> values) {
        for (InputRule rule : spec.rules()) {
            if (rule.kind() == InputRule.Kind.AT_MOST_ONE) {
                List<String> given = rule.parameters().stream().filter(values::containsKey).toList();
                if (given.size() > 1) {
                    throw new OktaInputException(rule.problem() + " for okta:" + spec.operation() + ": " + String.join(", ", given)
                                                 + " are given; give at most one of " + String.join(", ", rule.parameters()));
                }
                continue;
            }
            if (rule.parameters().stream().noneMatch(values::containsKey)) {
                String beside = spec.required().isEmpty() ? "" : " beside " + InputSpec.names(spec.required());
                throw new OktaInputException(rule.problem() + " for okta:" + spec.operation() + ": give at least one of "
                                             + String.join(", ", rule.parameters()) + " (header or body)" + beside);
            }
        }
    }

    /** "." and ".." would be dot-segments of the path, not a value. */
    private static void checkPathSegments(InputSpec spec, Map<String, Object> values) {
        for (OperationParameter parameter : spec.parameters()) {
            Object value = values.get(parameter.name());
            if (parameter.pathSegmentHint() != null && (".".equals(value) || "..".equals(value))) {
                throw new OktaInputException("Invalid " + parameter.name() + " '" + LogValues.safe(value) + "' for okta:" + spec.operation()
                                             + ": give " + parameter.pathSegmentHint());
            }
        }
    }
}
