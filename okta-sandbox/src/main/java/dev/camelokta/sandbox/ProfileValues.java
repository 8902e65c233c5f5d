package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of profile values, so that no caller can change a stored user behind the store's back. */
final class ProfileValues {

    private ProfileValues() {
    }

    /** An unmodifiable copy in the same order; a profile that is already one is returned as it is. */
    static Map<String, Object> immutableCopy(Map<String, ?> profile) {
        if (profile == null) {
            return CompactProfile.EMPTY;
        }
        if (profile instanceof CompactProfile compact) {
            return compact;
        }
        return CompactProfile.of(profile, ProfileValues::immutableValue);
    }

    private static Object immutableValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) map;
            return immutableCopy(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(inner -> copy.add(immutableValue(inner)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
