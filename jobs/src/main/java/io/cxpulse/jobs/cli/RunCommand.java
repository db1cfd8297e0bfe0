package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;

/**
 * {@code cx-pulse run}: the production job on Flink's local runtime in this JVM. On a cluster,
 * submit the job jar with {@code flink run} instead (see docs/deploy.md).
 */
final class RunCommand {
    private RunCommand() {}

    static int run(String[] args) throws Exception {
        JobConfig config = JobConfig.from(ConfigLoader.load(args));
        if (!io.cxpulse.jobs.kafka.KafkaPreflight.check(config, System.err)) return 1;
        LocalRuntime runtime = LocalRuntime.start(Runtime.getRuntime().availableProcessors());
        System.err.println("cx-pulse: " + config);
        System.err.println("cx-pulse: Flink web UI at " + runtime.webUrl());
        CxPulseJob.build(runtime.env(), config, false);
        runtime.env().execute(CxPulseJob.NAME);
        return 0;
    }
}
