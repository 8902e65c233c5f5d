package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of profile values, so that no caller can change a stored user behind the store's back. */
final class ProfileValues {

    private ProfileValues() {
    }

    static Map<String, Object> immutableCopy(Map<String, ?> profile) {
        if (profile == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        profile.forEach((key, value) -> copy.put(key, immutableValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object immutableValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(String.valueOf(key), immutableValue(inner)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(inner -> copy.add(immutableValue(inner)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
