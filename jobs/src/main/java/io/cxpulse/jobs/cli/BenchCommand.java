package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.bench.PipelineBench;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code cx-pulse bench}: Kafka-to-Kafka throughput of the job against a passthrough. */
final class BenchCommand {
    private BenchCommand() {}

    static int run(String[] args) throws Exception {
        Set<String> named = Set.of("records", "customers", "runs", "parallelism", "state-backend");
        // any other --key value is a job setting for the job runs
        Options options = Options.parse(args, Set.of("profile"), named, true);
        String backend = options.get("state-backend", "both");
        if (!List.of("hashmap", "rocksdb", "both").contains(backend)) {
            throw new UsageException("--state-backend must be hashmap, rocksdb or both, got " + backend);
        }
        PipelineBench.Settings settings = new PipelineBench.Settings(
                positive(options, "records", "4000000"),
                positive(options, "customers", "50000"),
                positive(options, "runs", "2"),
                positive(options, "parallelism", "2"),
                backend.equals("both") ? List.of("hashmap", "rocksdb") : List.of(backend),
                options.has("profile"),
                options.settings(Set.of("profile"), named));
        Path home = Path.of(System.getProperty("cx.pulse.home", "."));
        new PipelineBench(System.out).run(home.resolve("sample-data"), settings);
        return 0;
    }

    private static int positive(Options options, String name, String fallback) throws UsageException {
        String text = options.get(name, fallback);
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive whole number, got " + text);
    }
}
