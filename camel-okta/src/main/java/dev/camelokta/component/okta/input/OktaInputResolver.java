package dev.camelokta.component.okta.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.OktaConfiguration;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.model.CreateUserRequest;
import dev.camelokta.component.okta.model.GetUserRequest;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.UpdateUserRequest;
import org.apache.camel.Message;

/**
 * Works out an operation's parameters from the exchange, highest first: a {@code CamelOkta...} header, the body (a
 * Map, a JSON object, a request class, or for getUser a plain user id), the endpoint's defaults. Anything missing,
 * unknown or malformed is an {@link OktaInputException} that names the parameter and the fix, before any call.
 */
public final class OktaInputResolver {

    private OktaInputResolver() {
    }

    public static OktaInput resolve(OktaOperation operation, Message message, OktaConfiguration defaults) {
        Map<OktaParameter, Object> values = new EnumMap<>(OktaParameter.class);
        bodyValues(operation, message).forEach(values::put);
        for (OktaParameter parameter : operation.parameters()) {
            Object header = message.getHeader(parameter.header());
            if (header != null) {
                values.put(parameter, convert(operation, parameter, header, "header " + parameter.header()));
            }
        }
        applyDefaults(operation, values, defaults);
        checkRequired(operation, values);
        checkSomethingToChange(operation, values);
        checkUserId(operation, values);
        return new OktaInput(values);
    }

    private static Map<OktaParameter, Object> bodyValues(OktaOperation operation, Message message) {
        Object body = message.getBody();
        Map<String, Object> entries;
        if (body == null || body instanceof OktaResult) {
            return Map.of(); // nothing, or the result of an earlier okta call: not input
        } else if (body instanceof Map<?, ?> map) {
            entries = new LinkedHashMap<>();
            map.forEach((key, value) -> entries.put(String.valueOf(key), value));
        } else if (body instanceof CreateUserRequest || body instanceof UpdateUserRequest || body instanceof GetUserRequest) {
            entries = OktaJson.toMap(body);
        } else {
            String text = message.getBody(String.class);
            if (text == null || text.isBlank()) {
                return Map.of();
            }
            if (operation == OktaOperation.getUser && !text.trim().startsWith("{")) {
                return Map.of(OktaParameter.USER_ID, text.trim());
            }
            entries = parseJsonObject(operation, text);
        }
        return bodyParameters(operation, entries);
    }

    private static Map<String, Object> parseJsonObject(OktaOperation operation, String text) {
        try {
            return OktaJson.readObject(text);
        } catch (IllegalArgumentException e) {
            throw new OktaInputException("The body of okta:" + operation.name() + " is not a JSON object (" + e.getMessage()
                                         + "); send an object with the keys " + cardNames(operation.parameters())
                                         + ", or set the CamelOkta... headers");
        }
    }

    private static Map<OktaParameter, Object> bodyParameters(OktaOperation operation, Map<String, Object> entries) {
        Map<OktaParameter, Object> values = new EnumMap<>(OktaParameter.class);
        List<String> unknown = new ArrayList<>();
        entries.forEach((key, value) -> {
            OktaParameter parameter = OktaParameter.forKey(key).filter(operation::accepts).orElse(null);
            if (parameter == null) {
                unknown.add(key);
            } else if (value != null) {
                values.put(parameter, convert(operation, parameter, value, "body key " + key));
            }
        });
        if (!unknown.isEmpty()) {
            throw new OktaInputException("Unknown " + (unknown.size() == 1 ? "key " : "keys ") + unknown + " in the body of okta:"
                                         + operation.name() + "; it accepts " + cardNames(operation.parameters())
                                         + " (camelCase such as firstName works too)");
        }
        return values;
    }

    private static Object convert(OktaOperation operation, OktaParameter parameter, Object value, String source) {
        if (parameter.isBoolean()) {
            if (value instanceof Boolean flag) {
                return flag;
            }
            String text = value.toString().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new OktaInputException("Invalid " + parameter.cardName() + " '" + value + "' in " + source + " of okta:"
                                         + operation.name() + ": use true or false");
        }
        if (value instanceof Map || value instanceof Iterable || value.getClass().isArray()) {
            throw new OktaInputException("Invalid " + parameter.cardName() + " in " + source + " of okta:" + operation.name()
                                         + ": it must be a text value, not " + value.getClass().getSimpleName());
        }
        return value.toString();
    }

    private static void applyDefaults(OktaOperation operation, Map<OktaParameter, Object> values, OktaConfiguration defaults) {
        if (operation.accepts(OktaParameter.ACTIVATE)) {
            values.putIfAbsent(OktaParameter.ACTIVATE, defaults.isActivate());
        }
        if (operation == OktaOperation.createUser && defaults.getTypeId() != null) {
            values.putIfAbsent(OktaParameter.TYPE_ID, defaults.getTypeId());
        }
    }

    private static void checkRequired(OktaOperation operation, Map<OktaParameter, Object> values) {
        List<OktaParameter> missing = operation.requiredParameters().stream()
                .filter(parameter -> values.get(parameter) == null || values.get(parameter).toString().isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new OktaInputException("Missing required " + (missing.size() == 1 ? "parameter " : "parameters ")
                                         + cardNames(missing) + " for okta:" + operation.name() + ": set "
                                         + missing.stream().map(OktaParameter::header).collect(Collectors.joining(", "))
                                         + " or the same keys in the body");
        }
    }

    private static void checkSomethingToChange(OktaOperation operation, Map<OktaParameter, Object> values) {
        if (operation == OktaOperation.updateUser && values.keySet().stream().allMatch(p -> p == OktaParameter.USER_ID)) {
            throw new OktaInputException("Nothing to change for okta:updateUser: give at least one of "
                                         + cardNames(operation.parameters().subList(1, operation.parameters().size()))
                                         + " (header or body) beside user_id");
        }
    }

    /** "." and ".." would be dot-segments of the path, not a user. */
    private static void checkUserId(OktaOperation operation, Map<OktaParameter, Object> values) {
        Object userId = values.get(OktaParameter.USER_ID);
        if (userId != null && (userId.equals(".") || userId.equals(".."))) {
            throw new OktaInputException("Invalid user_id '" + userId + "' for okta:" + operation.name()
                                         + ": give an Okta user id (00u...), a login or an email");
        }
    }

    private static String cardNames(List<OktaParameter> parameters) {
        return parameters.stream().map(OktaParameter::cardName).collect(Collectors.joining(", "));
    }
}
