package dev.camelokta.sandbox;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable profile in insertion order, kept in two arrays: a sandbox with 100,000 users keeps 100,000 of
 * these, and a {@code LinkedHashMap} costs several times the memory. Seeded users share one key array. Lookups
 * scan the keys, which is quick for the few dozen attributes a profile has. Values may be {@code null}.
 */
final class CompactProfile extends AbstractMap<String, Object> {

    static final CompactProfile EMPTY = new CompactProfile(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    /** Takes the arrays as they are: the caller gives up both, though {@code keys} may be shared read-only. */
    CompactProfile(String[] keys, Object[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String name : keys) {
            if (name.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(keys[index], values[index]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** A copy in the same order, its values made immutable by {@code immutable}. */
    static CompactProfile of(Map<String, ?> profile, UnaryOperator<Object> immutable) {
        String[] names = new String[profile.size()];
        Object[] copied = new Object[profile.size()];
        int i = 0;
        for (Map.Entry<String, ?> entry : profile.entrySet()) {
            names[i] = String.valueOf(entry.getKey());
            copied[i] = immutable.apply(entry.getValue());
            i++;
        }
        return new CompactProfile(names, copied);
    }
}
