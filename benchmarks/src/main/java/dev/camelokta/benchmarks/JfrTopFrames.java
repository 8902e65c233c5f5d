package dev.camelokta.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of the overhead benchmark, for the benchmark's client threads only: the CPU samples
 * ({@code jdk.ExecutionSample}) or, with {@code alloc}, the heap allocated ({@code jdk.ObjectAllocationSample}, by
 * weight). Lists the methods most often on top of the stack (self) and the methods most often anywhere in it (total,
 * each method counted once per sample). Run as {@code Benchmarks jfr-top <file.jfr> [lines] [alloc]}.
 */
final class JfrTopFrames {

    /** The benchmark's RoundRunner threads: Executors' default names. */
    private static final String CLIENT_THREADS = "pool-";

    private JfrTopFrames() {
    }

    static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Give the recording: jfr-top <file.jfr> [lines] [alloc]");
        }
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        boolean allocation = args.length > 3 && args[3].equals("alloc");
        String eventName = allocation ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long sum = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[1]))) {
            if (!event.getEventType().getName().equals(eventName)) {
                continue;
            }
            RecordedThread thread = allocation ? event.getThread() : event.getThread("sampledThread");
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || thread == null || thread.getJavaName() == null
                || !thread.getJavaName().startsWith(CLIENT_THREADS)) {
                continue;
            }
            long weight = allocation ? event.getLong("weight") : 1;
            sum += weight;
            List<RecordedFrame> frames = stack.getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0).getMethod()), weight, Long::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame.getMethod());
                if (seen.add(method)) {
                    total.merge(method, weight, Long::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s of the client threads: %d %s%n%nSELF (on top of the stack)%n", eventName, sum,
                allocation ? "bytes" : "samples");
        print(self, sum, lines);
        System.out.printf(Locale.ROOT, "%nTOTAL (anywhere in the stack)%n");
        print(total, sum, lines);
    }

    private static void print(Map<String, Long> counts, long sum, int lines) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                .limit(lines)
                .forEach(entry -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * entry.getValue() / sum,
                        entry.getKey()));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
