package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.sample.SampleDataGenerator;
import java.nio.file.Path;
import java.util.Set;

/** {@code cx-pulse sample}: writes the deterministic sample data. */
final class SampleCommand {
    private SampleCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), Set.of("output", "seed"), false);
        Path dir = Path.of(options.get("output", "sample-data"));
        SampleDataGenerator.generate(dir, Long.parseLong(options.get("seed", "20260302")));
        System.out.println("Sample data written to " + dir);
        return 0;
    }
}
