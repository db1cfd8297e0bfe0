package io.cxpulse.jobs.bench;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.records.InputKind;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka-to-Kafka throughput of the whole job, exactly once, on an in-process broker, against a
 * passthrough job over the same topics. Each run reads the same input from the start with a new
 * consumer group and prints records per second of job run time; later runs show the warm JIT.
 */
public final class PipelineBench {
    private final PrintStream out;

    public PipelineBench(PrintStream out) {
        this.out = out;
    }

    public void run(Path sampleDir, int records, int runs, int parallelism) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig topics = config(kafka, "bench-setup");
            kafka.createTopics(List.of(topics.inputTopics().get(InputKind.FEEDBACK),
                    topics.inputTopics().get(InputKind.REVIEWS),
                    topics.inputTopics().get(InputKind.INTERACTIONS),
                    topics.inputTopics().get(InputKind.ACCOUNTS)), parallelism);
            kafka.createTopics(topics.outputTopics(), parallelism);
            int feedback = records * 3 / 4;
            produce(kafka, topics.inputTopics().get(InputKind.FEEDBACK), BenchInput.make(
                    sampleDir.resolve("cx.feedback.jsonl"), InputKind.FEEDBACK, feedback, 14));
            produce(kafka, topics.inputTopics().get(InputKind.REVIEWS), BenchInput.make(
                    sampleDir.resolve("cx.reviews.jsonl"), InputKind.REVIEWS, records - feedback, 14));
            out.printf("%,d records (%,d survey responses, %,d reviews) over 14 days of event time;"
                            + " parallelism %d; exactly-once sink, checkpoints every %ss%n",
                    records, feedback, records - feedback, parallelism,
                    topics.checkpointInterval().toSeconds());
            out.printf("%-4s %22s %22s %8s%n", "run", "cx-pulse", "passthrough", "ratio");
            for (int run = 1; run <= runs; run++) {
                double job = seconds(parallelism, config(kafka, "bench-job-" + run),
                        (env, c) -> CxPulseJob.build(env, c, true));
                double base = seconds(parallelism, config(kafka, "bench-pass-" + run),
                        Passthrough::build);
                out.printf("%-4d %,12.0f rec/s %5.1fs %,12.0f rec/s %5.1fs %7.2fx%n", run,
                        records / job, job, records / base, base, job / base);
            }
        }
    }

    private static double seconds(int parallelism, JobConfig config,
            BiConsumer<StreamExecutionEnvironment, JobConfig> job) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                parallelism, CxPulseJob.localSettings());
        job.accept(env, config);
        JobExecutionResult result = env.execute("cx-pulse bench");
        return result.getNetRuntime() / 1000.0;
    }

    private static JobConfig config(EmbeddedKafka kafka, String name) {
        return JobConfig.from(ParameterTool.fromMap(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "group.id", name,
                "transactional.id.prefix", name,
                "starting.offsets", "earliest",
                "checkpoint.interval", "5s")));
    }

    private static void produce(EmbeddedKafka kafka, String topic, List<byte[]> lines) {
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(20)) {
            for (byte[] line : lines) {
                producer.send(new ProducerRecord<>(topic, line));
            }
        }
    }
}
