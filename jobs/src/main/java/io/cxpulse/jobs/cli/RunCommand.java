package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.kafka.KafkaPreflight;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;

/**
 * {@code cx-pulse run}: the production job on Flink's local runtime in this JVM, its checkpoints
 * kept in its {@link StateFolder}. Started again, it resumes from the newest complete checkpoint
 * or savepoint there, or from {@code --from-savepoint PATH}; Ctrl-C, SIGTERM or {@code cx-pulse
 * stop} end it with a savepoint. On a cluster, submit the job jar with {@code flink run} instead
 * (see docs/deploy.md).
 */
final class RunCommand {
    static final String FROM_SAVEPOINT = "from-savepoint";

    private RunCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), Set.of(FROM_SAVEPOINT), true);
        JobConfig config = JobConfig.from(ConfigLoader.load(options.without(Set.of(FROM_SAVEPOINT))));
        StateFolder state = StateFolder.of(config);
        Optional<RunningJob> other = RunningJob.readFrom(state.running());
        if (other.isPresent() && other.get().alive()) {
            throw new UsageException("another cx-pulse run (process " + other.get().pid()
                    + ") uses " + state.path() + "; stop it first with cx-pulse stop");
        }
        Path restore = options.has(FROM_SAVEPOINT)
                ? given(options.require(FROM_SAVEPOINT)) : newest(state, config);
        if (!KafkaPreflight.check(config, System.err)) {
            return 1;
        }
        Configuration settings = CxPulseJob.localSettings(state.path().toUri().toString());
        settings.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, state.savepoints().toUri().toString());
        LocalRuntime runtime = LocalRuntime.start(Runtime.getRuntime().availableProcessors(),
                settings, restore == null ? null : restore.toString());
        System.err.println("cx-pulse: " + config);
        System.err.println("cx-pulse: Flink web UI at " + runtime.webUrl());
        CxPulseJob.build(runtime.env(), config, false);
        JobClient job = runtime.env().executeAsync(CxPulseJob.NAME);
        String jobId = job.getJobID().toHexString();
        new RunningJob(LocalRuntime.ADDRESS, runtime.webPort(), jobId, ProcessHandle.current().pid())
                .writeTo(state.running());
        System.err.println("cx-pulse: job " + jobId + " running; state in " + state.path()
                + "; Ctrl-C or cx-pulse stop ends it with a savepoint");
        try {
            StopOnSignal.install(job, state);
            CleanupAfterFirstCheckpoint.start(state, jobId);
            job.getJobExecutionResult().get();
        } finally {
            Files.deleteIfExists(state.running());
        }
        System.err.println("cx-pulse: the job ended; a new run resumes from "
                + RetainedCheckpoints.newest(state, skipped -> { })
                        .map(RetainedCheckpoints.Restorable::describe).orElse("its start"));
        return 0;
    }

    /** The checkpoint or savepoint named by {@code --from-savepoint}: a folder or its metadata. */
    private static Path given(String path) throws UsageException {
        Path dir = path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
        dir = dir.toAbsolutePath().normalize();
        if (dir.getFileName().toString().equals(RetainedCheckpoints.METADATA)) {
            dir = dir.getParent();
        }
        RetainedCheckpoints.Restorable found = RetainedCheckpoints.read(dir).orElseThrow(() ->
                new UsageException("no complete savepoint or checkpoint at " + path));
        System.err.println("cx-pulse: restoring from " + found.describe());
        return dir;
    }

    /** The newest complete checkpoint or savepoint in the state folder, or null for none. */
    private static Path newest(StateFolder state, JobConfig config) throws Exception {
        Optional<RetainedCheckpoints.Restorable> newest = RetainedCheckpoints.newest(state,
                skipped -> System.err.println("cx-pulse: passing over " + skipped));
        if (newest.isEmpty()) {
            System.err.println("cx-pulse: no checkpoint in " + state.path() + "; starting from the "
                    + config.startingOffsets() + " offsets of group " + config.groupId());
            return null;
        }
        RetainedCheckpoints.Restorable found = newest.get();
        if (found.drained()) {
            throw new UsageException("the job was last stopped with --drain (" + found.path()
                    + "), which closed its open windows early: resuming would count them again."
                    + " To start over, delete " + state.path() + "; to resume anyway, give "
                    + "--from-savepoint " + found.path());
        }
        System.err.println("cx-pulse: resuming from " + found.describe());
        return found.path();
    }
}
