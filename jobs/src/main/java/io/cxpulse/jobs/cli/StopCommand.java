package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.SavepointFormatType;

/**
 * {@code cx-pulse stop}: ends the {@code cx-pulse run} of the same settings (the same state
 * folder) with a savepoint, through its Flink REST API, waits for it to end and prints the
 * savepoint's path. Without {@code --drain} open windows and timers stay in the savepoint, and
 * the next run resumes with the rollups of a run that never stopped. {@code --drain} first advances event time to its end,
 * firing every window and timer early: for ending a pipeline for good, never for a pause.
 */
final class StopCommand {
    static final String DRAIN = "drain";
    private static final Duration REST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SAVEPOINT_TIMEOUT = Duration.ofMinutes(10);

    private StopCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(DRAIN), Set.of(), true);
        JobConfig config = JobConfig.from(ConfigLoader.load(options.without(Set.of(DRAIN))));
        StateFolder state = StateFolder.of(config);
        Optional<RunningJob> found = RunningJob.readFrom(state.running());
        if (found.isEmpty() || !found.get().alive()) {
            throw new UsageException("no cx-pulse run is using " + state.path()
                    + "; give stop the settings the run was started with");
        }
        RunningJob running = found.get();
        boolean drain = options.has(DRAIN);
        System.err.println("cx-pulse: stopping job " + running.jobId() + " (process "
                + running.pid() + ") with a" + (drain ? " draining" : "") + " savepoint...");
        Configuration client = new Configuration();
        client.set(RestOptions.ADDRESS, running.restAddress());
        client.set(RestOptions.PORT, running.restPort());
        Instant asked = Instant.now();
        try (RestClusterClient<StandaloneClusterId> rest =
                new RestClusterClient<>(client, StandaloneClusterId.getInstance())) {
            // detached: the run's REST endpoint goes away with the job, before a poll would answer
            rest.stopWithDetachedSavepoint(JobID.fromHexString(running.jobId()), drain,
                            state.savepoints().toUri().toString(), SavepointFormatType.CANONICAL)
                    .get(REST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        ProcessHandle process = ProcessHandle.of(running.pid()).orElse(null);
        if (process != null) {
            try {
                process.onExit().get(SAVEPOINT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                System.err.println("cx-pulse stop: the run did not end within " + SAVEPOINT_TIMEOUT
                        + "; see its output for why the savepoint failed");
                return 1;
            }
        }
        Optional<RetainedCheckpoints.Restorable> savepoint =
                RetainedCheckpoints.newest(state, skipped -> { })
                        .filter(r -> r.isSavepoint() && !r.written().isBefore(asked.minusSeconds(1)));
        if (savepoint.isEmpty()) {
            System.err.println("cx-pulse stop: the run ended without a savepoint; see its output."
                    + " The next run resumes from its latest checkpoint");
            return 1;
        }
        Path path = savepoint.get().path();
        if (drain) {
            Files.createFile(path.resolve(RetainedCheckpoints.DRAINED));
        }
        System.out.println(path);
        System.err.println("cx-pulse: stopped; " + (drain
                ? "the savepoint was drained: a run resumes from it only if given --from-savepoint"
                : "the next run resumes from this savepoint"));
        return 0;
    }
}
