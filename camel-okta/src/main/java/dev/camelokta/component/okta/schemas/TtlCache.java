package dev.camelokta.component.okta.schemas;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.apache.camel.support.LRUCacheFactory;

/**
 * Values read once and kept for a time to live, at most {@code maxSize} keys (least recently used ones go first). At
 * most one read per key is in flight: callers that want the same key meanwhile wait for it and take its value. A
 * failed read keeps nothing, so the next caller reads again. A TTL of 0 reads every time.
 */
public final class TtlCache<K, V> {

    private final Map<K, Slot<V>> slots;
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    /**
     * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
     */
    public TtlCache(long ttlMillis, int maxSize, LongSupplier nanoClock) {
        if (ttlMillis < 0 || maxSize < 1) {
            throw new IllegalArgumentException("A cache needs a TTL of 0 or more and room for a key: " + ttlMillis + ", "
                                               + maxSize);
        }
        this.slots = LRUCacheFactory.newLRUCache(maxSize);
        this.ttlNanos = TimeUnit.MILLISECONDS.toNanos(ttlMillis);
        this.nanoClock = nanoClock;
    }

    /**
     * @param  reader reads the value of a key; not null; what it throws goes to the caller
     * @return        the key's value, read now or less than the TTL ago
     */
    public V get(K key, Function<K, V> reader) {
        Slot<V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        slot.lock.lock();
        try {
            if (slot.value != null && nanoClock.getAsLong() - slot.readAtNanos < ttlNanos) {
                return slot.value;
            }
            slot.value = null;
            V value = reader.apply(key);
            slot.readAtNanos = nanoClock.getAsLong();
            slot.value = value;
            return value;
        } finally {
            slot.lock.unlock();
        }
    }

    private static final class Slot<V> {
        private final ReentrantLock lock = new ReentrantLock();
        private V value;
        private long readAtNanos;
    }
}
