package dev.camelokta.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * Runs one call many times on a fixed number of threads that start together, and measures the round: the median
 * latency of a call, the calls per second, this JVM's CPU time (every thread of it, JIT, GC and kernel time included),
 * the server's (another process) and the heap the calls allocate.
 */
final class RoundRunner implements AutoCloseable {

    /** One call of a side of the benchmark; it throws when the answer is not the one expected. */
    interface Call {
        void run() throws Exception;
    }

    /**
     * @param medianNanos    the median latency of one call
     * @param callsPerSecond all threads together
     * @param calls          the calls made
     * @param cpuNanos       this JVM's CPU time over the round
     * @param allocatedBytes the heap the calling threads allocated
     * @param serverCpuNanos the server's CPU time over the round
     */
    record Round(double medianNanos, double callsPerSecond, long calls, long cpuNanos, long allocatedBytes,
                 long serverCpuNanos) {
    }

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long ROUND_TIMEOUT_SECONDS = 300;

    private final int threads;
    private final LongSupplier serverCpuNanos;
    private final ExecutorService pool;

    /** @param serverCpuNanos the CPU time the server process has used so far */
    RoundRunner(int threads, LongSupplier serverCpuNanos) {
        this.threads = threads;
        this.serverCpuNanos = serverCpuNanos;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** {@code calls} calls in all, split evenly over the threads. */
    Round run(Call call, int calls) throws Exception {
        int perThread = Math.max(1, calls / threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong allocated = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[perThread];
                start.await();
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < perThread; i++) {
                    long begin = System.nanoTime();
                    call.run();
                    latencies[i] = System.nanoTime() - begin;
                }
                allocated.addAndGet(THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
                return latencies;
            }));
        }
        long cpuBefore = OS.getProcessCpuTime();
        long serverCpuBefore = serverCpuNanos.getAsLong();
        long begin = System.nanoTime();
        start.countDown();
        long[] all = new long[perThread * threads];
        int n = 0;
        for (Future<long[]> result : results) {
            long[] latencies = result.get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            System.arraycopy(latencies, 0, all, n, latencies.length);
            n += latencies.length;
        }
        long elapsed = System.nanoTime() - begin;
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        long serverCpu = serverCpuNanos.getAsLong() - serverCpuBefore;
        Arrays.sort(all);
        return new Round(median(all), all.length / (elapsed / 1e9), all.length, cpu, allocated.get(), serverCpu);
    }

    private static double median(long[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
