package dev.camelokta.component.okta.api;

import java.util.Locale;
import java.util.Map;

/**
 * The types an operation parameter can have, each with its JSON Schema type, the Java type of its header, and how a
 * header or body value is read as it.
 */
public enum ParameterType {

    STRING("string", String.class) {
        @Override
        public Object read(Object value) {
            if (value instanceof Map || value instanceof Iterable || value.getClass().isArray()) {
                throw new IllegalArgumentException("it must be a text value, not " + value.getClass().getSimpleName());
            }
            return value.toString();
        }
    },
    BOOLEAN("boolean", Boolean.class) {
        @Override
        public Object read(Object value) {
            if (value instanceof Boolean flag) {
                return flag;
            }
            String text = value.toString().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException("use true or false");
        }
    },
    INTEGER("integer", Integer.class) {
        @Override
        public Object read(Object value) {
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).intValue();
            }
            try {
                return Integer.valueOf(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("use a whole number, e.g. 200");
            }
        }
    },
    /** An object of any keys, such as Okta profile attributes. */
    MAP("object", Map.class) {
        @Override
        public Object read(Object value) {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException("it must be an object (a Map or a JSON object), not "
                                               + value.getClass().getSimpleName());
        }
    };

    private final String jsonSchemaType;
    private final Class<?> javaType;

    ParameterType(String jsonSchemaType, Class<?> javaType) {
        this.jsonSchemaType = jsonSchemaType;
        this.javaType = javaType;
    }

    /** The JSON Schema {@code type}, e.g. {@code string}. */
    public String jsonSchemaType() {
        return jsonSchemaType;
    }

    /** The Java type a header of this parameter holds, as Camel's header metadata names it. */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * Reads a header or body value as this type.
     *
     * @param  value                    not null
     * @throws IllegalArgumentException saying what a valid value looks like
     */
    public abstract Object read(Object value);
}
