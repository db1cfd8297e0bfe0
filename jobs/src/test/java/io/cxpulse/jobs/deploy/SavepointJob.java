package io.cxpulse.jobs.deploy;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.InputKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;

/**
 * The production job as the committed savepoint was written and is restored: the job graph of
 * {@link CxPulseJob#build} with default settings, at parallelism 2, on topics of one partition
 * each, so that the source's offsets in the savepoint mean the same records on a fresh broker
 * that is given the same first part.
 */
final class SavepointJob {
    /** The savepoint of this version, relative to the jobs module. */
    static final Path SAVEPOINT = Path.of("src", "test", "resources", "savepoints", "cx-pulse-0.1");
    static final int PARALLELISM = 2;

    private SavepointJob() {}

    static JobConfig config(EmbeddedKafka kafka) {
        return JobConfig.from(ParameterTool.fromMap(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "cx-pulse-savepoint",
                "transactional.id.prefix", "cx-pulse-savepoint",
                "checkpoint.interval", "1s",
                "starting.offsets", "earliest")));
    }

    /** Creates the topics and writes the given lines to the input topics, in order. */
    static void prepare(EmbeddedKafka kafka, JobConfig config, List<RestoreInput.Line> lines)
            throws Exception {
        kafka.createTopics(config.inputTopics().values(), 1);
        kafka.createTopics(config.outputTopics(), 1);
        send(kafka, config, lines);
    }

    static void send(EmbeddedKafka kafka, JobConfig config, List<RestoreInput.Line> lines)
            throws Exception {
        for (Map.Entry<InputKind, List<byte[]>> e : RestoreInput.lines(lines).entrySet()) {
            InputProducer.send(kafka, config.inputTopics().get(e.getKey()), e.getValue());
        }
    }

    /**
     * Starts the streaming job over unbounded input, as {@code flink run} builds it.
     *
     * @param savepoint what {@code flink run --fromSavepoint} would be given, or null; state in
     *     it that no operator takes fails the start ({@code allowNonRestoredState=false})
     * @param stateBackend {@code hashmap} or {@code rocksdb}: a savepoint in the canonical
     *     format restores into either
     */
    static JobClient start(JobConfig config, Path savepoint, String stateBackend)
            throws Exception {
        Configuration settings = CxPulseJob.jobSettings();
        settings.set(StateBackendOptions.STATE_BACKEND, stateBackend);
        if (savepoint != null) {
            settings.set(StateRecoveryOptions.SAVEPOINT_PATH,
                    savepoint.toAbsolutePath().toUri().toString());
            settings.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, false);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(settings);
        env.setParallelism(PARALLELISM);
        CxPulseJob.build(env, config, false);
        return env.executeAsync(CxPulseJob.NAME);
    }

    /**
     * Waits until a topic, read committed, holds what {@code done} wants; fails at once with the
     * job's own error when the job ends first (a savepoint it cannot restore, for one).
     */
    static void awaitOutput(JobClient job, JobConfig config, String topic,
            Predicate<List<OutputReader.Keyed>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.test(OutputReader.readAll(config.bootstrapServers(), topic))) {
            if (job.getJobStatus().get().isGloballyTerminalState()) {
                job.getJobExecutionResult().get();
                throw new AssertionError("the job ended before " + topic + " was complete");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + topic);
            }
            Thread.sleep(500);
        }
    }
}
