package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.InputCount;
import io.cxpulse.jobs.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

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
        Backfill.Result result = Backfill.run(input, output, config,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("Backfill of %s finished in %.1f s; output in %s:%n",
                input, (System.nanoTime() - started) / 1e9, output);
        result.written().forEach((topic, lines) ->
                System.out.printf("  %-22s %,9d records%n", topic + ".jsonl", lines));
        printInputs(result.inputs());
        return 0;
    }

    /** Per input topic: records read, accepted, and dead-lettered by reason. */
    static void printInputs(Map<String, InputCount> inputs) {
        System.out.printf("Input%n  %-22s %9s %9s %9s  %s%n", "topic", "read", "accepted",
                "dead", "dead letters by reason");
        inputs.forEach((topic, c) -> System.out.printf("  %-22s %,9d %,9d %,9d  %s%s%n", topic,
                c.read(), c.accepted(), c.deadLetteredTotal(), reasons(c.deadLettered()),
                c.balanced() ? "" : "  (does not add up)"));
    }

    private static String reasons(Map<String, Long> deadLettered) {
        StringJoiner text = new StringJoiner(", ");
        deadLettered.forEach((reason, n) -> text.add(reason + " " + String.format("%,d", n)));
        return text.length() == 0 ? "-" : text.toString();
    }
}
