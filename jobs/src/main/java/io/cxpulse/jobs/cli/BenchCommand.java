package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.bench.PipelineBench;
import java.nio.file.Path;
import java.util.Set;

/** {@code cx-pulse bench}: Kafka-to-Kafka throughput of the job against a passthrough. */
final class BenchCommand {
    private BenchCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), Set.of("records", "runs", "parallelism"), false);
        Path home = Path.of(System.getProperty("cx.pulse.home", "."));
        new PipelineBench(System.out).run(home.resolve("sample-data"),
                Integer.parseInt(options.get("records", "400000")),
                Integer.parseInt(options.get("runs", "3")),
                Integer.parseInt(options.get("parallelism", "2")));
        return 0;
    }
}
