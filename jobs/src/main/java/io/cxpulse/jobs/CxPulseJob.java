package io.cxpulse.jobs;

import io.cxpulse.jobs.io.TempFolders;
import io.cxpulse.jobs.io.AlertsSink;
import io.cxpulse.jobs.io.KafkaIO;
import io.cxpulse.jobs.io.SplitAlerts;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.OutputRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The production job: Kafka in, Kafka out, exactly once. This is the entry point of the job jar
 * for {@code flink run}; {@code bin/cx-pulse run} starts the same on a local runtime.
 */
public final class CxPulseJob {
    public static final String NAME = "cx-pulse";

    private CxPulseJob() {}

    public static void main(String[] args) throws Exception {
        JobConfig config = JobConfig.from(ConfigLoader.load(args));
        io.cxpulse.jobs.kafka.KafkaPreflight.require(config, System.err);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(jobSettings(config));
        build(env, config, false);
        env.execute(NAME);
    }

    /**
     * Settings every run shares: no silent fallback to Kryo for any type, and no defensive copy
     * between chained operators, which is safe because every record type is immutable and no
     * function keeps a reference to its input. Watermarks every 100 ms and network buffers
     * flushed within 10 ms keep alerts within a second or two of their event.
     */
    public static Configuration flinkSettings() {
        Configuration settings = new Configuration();
        settings.set(PipelineOptions.GENERIC_TYPES, false);
        settings.set(PipelineOptions.OBJECT_REUSE, true);
        settings.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(100));
        settings.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(10));
        return settings;
    }

    /**
     * {@link #flinkSettings} for the production job, which is restored from checkpoints and
     * savepoints: every operator's uid is set in the code and never generated, since a generated
     * one changes with the graph and strands the operator's state.
     */
    public static Configuration jobSettings() {
        Configuration settings = flinkSettings();
        settings.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        return settings;
    }

    /**
     * {@link #jobSettings()} for a job submitted to a cluster: {@code checkpoint.dir}, when set,
     * is this job's checkpoint directory; unset, the cluster's {@code execution.checkpointing.dir}
     * applies.
     */
    public static Configuration jobSettings(JobConfig config) {
        Configuration settings = jobSettings();
        if (config.checkpointDir() != null) {
            settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.checkpointDir());
        }
        return settings;
    }

    /**
     * {@link #jobSettings} for Flink's local runtime in this JVM, checkpointing to a temporary
     * directory rather than in memory, which takes no state above 5 MB.
     */
    public static Configuration localSettings() throws IOException {
        Path checkpoints = TempFolders.create("cx-pulse-checkpoints-");
        checkpoints.toFile().deleteOnExit();
        return localSettings(checkpoints.toUri().toString());
    }

    /**
     * {@link #jobSettings} for Flink's local runtime in this JVM: checkpoints in the given
     * directory, the newest three kept when the job is cancelled or fails, so that a new run can
     * restore one; and enough network memory for every operator's channels.
     */
    public static Configuration localSettings(String checkpointDir) {
        Configuration settings = jobSettings();
        settings.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        settings.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        settings.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 3);
        settings.setString("taskmanager.memory.network.min", "256mb");
        settings.setString("taskmanager.memory.network.max", "256mb");
        return settings;
    }

    /**
     * Wires the Kafka source, the workflow and the Kafka sink into the environment.
     *
     * @param bounded read only what the input topics hold when the job starts, then finish
     */
    public static void build(StreamExecutionEnvironment env, JobConfig config, boolean bounded) {
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.setMaxParallelism(config.maxParallelism());
        DataStream<Envelope> input = env
                .fromSource(KafkaIO.source(config, bounded),
                        KafkaIO.aligned(CxPulseWorkflow.watermarks(config), config, bounded),
                        "Kafka input topics")
                .uid("kafka-source");
        DataStream<OutputRecord> output = CxPulseWorkflow.define(Map.of("", input), config);
        // Rollups are exactly once and visible at each checkpoint; alerts take a faster
        // at-least-once path, duplicate-free for consumers through their alert_id and sequence.
        SingleOutputStreamOperator<OutputRecord> transactional = output
                .process(new SplitAlerts(config.alerts().topic()))
                .name("Split off alerts")
                .uid("outputs-split-alerts");
        transactional.sinkTo(KafkaIO.sink(config)).name("Kafka output topics").uid("kafka-sink");
        transactional.getSideOutput(SplitAlerts.ALERTS)
                .sinkTo(AlertsSink.sink(config)).name("Kafka alerts").uid("kafka-sink-alerts");
    }
}
