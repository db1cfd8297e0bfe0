package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.bench.AlertLatencyBench;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code cx-pulse alert-bench}: p50 and p99 of alert latency at a given event rate. */
final class AlertBenchCommand {
    private AlertBenchCommand() {}

    static int run(String[] args) throws Exception {
        Set<String> keys = Set.of("rate", "seconds", "warmup", "parallelism", "customers");
        Options options = Options.parse(args, Set.of(), keys, false);
        List<String> benchArgs = new ArrayList<>();
        for (String key : keys) {
            if (options.get(key, null) != null) {
                benchArgs.add("--" + key);
                benchArgs.add(options.get(key, null));
            }
        }
        AlertLatencyBench.run(benchArgs.toArray(String[]::new));
        return 0;
    }
}
