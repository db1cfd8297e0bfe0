package io.cxpulse.jobs;

import io.cxpulse.jobs.io.FileIO;
import io.cxpulse.jobs.io.InputHorizon;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import org.apache.flink.api.common.JobExecutionResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job's workflow in Flink's BATCH mode over JSONL files named after the input topics,
 * writing one {@code <topic>.jsonl} per output topic.
 */
public final class Backfill {
    private Backfill() {}

    /**
     * What a backfill read and wrote.
     *
     * @param written records written per output topic
     * @param inputs per input topic: records read, accepted, and dead-lettered by reason
     */
    public record Result(Map<String, Long> written, Map<String, InputCount> inputs) {}

    /**
     * Runs a backfill to completion.
     *
     * @return the records written per output topic and the accounting of every input record
     */
    public static Result run(Path input, Path output, JobConfig config, int parallelism)
            throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(CxPulseJob.flinkSettings());
        env.setParallelism(parallelism);
        build(env, input, output, config);
        JobExecutionResult result = env.execute(CxPulseJob.NAME + " backfill");
        FileIO.consolidate(output, config.outputTopics());

        Map<String, Long> counts = new LinkedHashMap<>();
        for (String topic : config.outputTopics()) {
            try (var lines = Files.lines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8)) {
                counts.put(topic, lines.count());
            }
        }
        return new Result(counts, InputCount.fromAccumulators(result.getAllAccumulatorResults(),
                source -> source.endsWith(".jsonl")
                        ? source.substring(0, source.length() - ".jsonl".length())
                        : source));
    }

    /**
     * Wires a backfill. The input's horizon (its newest valid event time, see
     * {@link InputHorizon}) is read first: the end of a bounded input is not silence, so no
     * customer signal, retention rollup or alert is dated after it.
     */
    static void build(StreamExecutionEnvironment env, Path input, Path output, JobConfig settings)
            throws java.io.IOException {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        Files.createDirectories(output);
        JobConfig config = settings.withInputHorizon(InputHorizon.of(input, settings.inputTopics()));
        Map<String, DataStream<Envelope>> inputs = new LinkedHashMap<>();
        for (Map.Entry<InputKind, FileSource<Envelope>> e :
                FileIO.sources(input, config.inputTopics()).entrySet()) {
            inputs.put(e.getKey().key(), env
                    .fromSource(e.getValue(), CxPulseWorkflow.watermarks(config),
                            "File " + config.inputTopics().get(e.getKey()))
                    .uid("file-source-" + e.getKey().key()));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + input + "; expected "
                    + config.inputTopics().values().stream().map(t -> t + ".jsonl").toList());
        }
        DataStream<OutputRecord> out = CxPulseWorkflow.define(inputs, config);
        out.sinkTo(FileIO.sink(output)).name("JSONL output files").uid("file-sink");
    }
}
