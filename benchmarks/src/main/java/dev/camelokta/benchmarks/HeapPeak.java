package dev.camelokta.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap this JVM used since {@link #reset()}: the sum of the heap pools' peaks (eden, survivor, old). The pools
 * need not peak at the same moment, so the sum is an upper bound of the heap used at any one time.
 */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects first, so that the peak starts from what is live, not from garbage left by the start-up. */
    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long bytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
