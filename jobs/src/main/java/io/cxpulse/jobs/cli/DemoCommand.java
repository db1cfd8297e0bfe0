package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.demo.Demo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** {@code cx-pulse demo}: the whole job on an embedded Kafka broker with the sample data. */
final class DemoCommand {
    private DemoCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of("follow"), Set.of("sample-data", "replay-seconds"), false);
        Path home = Path.of(System.getProperty("cx.pulse.home", "."));
        Path samples = Path.of(options.get("sample-data", home.resolve("sample-data").toString()));
        if (!Files.isDirectory(samples)) {
            throw new UsageException("sample data folder not found: " + samples.toAbsolutePath());
        }
        LocalRuntime runtime = LocalRuntime.start(2);
        Duration replay = Duration.ofSeconds(Long.parseLong(options.get("replay-seconds", "20")));
        new Demo(System.out, replay).run(samples, runtime.env(), runtime.webUrl(), options.has("follow"));
        return 0;
    }
}
