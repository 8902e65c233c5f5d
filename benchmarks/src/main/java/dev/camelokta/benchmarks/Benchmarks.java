package dev.camelokta.benchmarks;

/**
 * Runs one benchmark by name; see the README's "Benchmarks" section for the commands and the figures measured.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "overhead" : args[0];
        switch (which) {
            case "overhead" -> OverheadBenchmark.main(args);
            case "bulk" -> BulkBenchmark.main(args);
            case "memory" -> MemoryBenchmark.main(args);
            case "jfr-top" -> JfrTopFrames.main(args);
            case "list" -> ListUsersBenchmark.main(args);
            default -> throw new IllegalArgumentException("Unknown benchmark '" + which + "': use overhead, bulk, memory, list or jfr-top "
                                                          + "(mvn -B -pl benchmarks exec:exec -Dbench.args=bulk; "
                                                          + "memory with -Dbench.heap=256m, list with -Dbench.heap=128m)");
        }
    }
}
