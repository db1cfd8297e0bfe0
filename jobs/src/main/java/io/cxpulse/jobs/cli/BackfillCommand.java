package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code cx-pulse backfill}: the job's logic in batch mode over JSONL files. */
final class BackfillCommand {
    private BackfillCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), Set.of("input", "output"), true);
        Path input = Path.of(options.require("input"));
        Path output = Path.of(options.require("output"));
        if (!Files.isDirectory(input)) {
            throw new UsageException("--input must be a folder, got " + input);
        }
        JobConfig config = JobConfig.from(ConfigLoader.load(options.without(Set.of("input", "output"))));
        long started = System.nanoTime();
        var counts = Backfill.run(input, output, config, Runtime.getRuntime().availableProcessors());
        System.out.printf("Backfill of %s finished in %.1f s; output in %s:%n",
                input, (System.nanoTime() - started) / 1e9, output);
        counts.forEach((topic, lines) ->
                System.out.printf("  %-22s %,9d records%n", topic + ".jsonl", lines));
        return 0;
    }
}
