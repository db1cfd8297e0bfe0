package io.cxpulse.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.functions.Deduplicate;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.CxPulseWorkflow;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kafka source with watermark alignment: a partition whose events run more than
 * {@code watermark.max.drift} ahead of another partition's stops being read until the other
 * catches up, so nothing downstream has to hold its records while it waits for the watermark.
 */
class WatermarkAlignmentITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    /** Event ids as the source reads them. */
    private static final Queue<String> READ = new ConcurrentLinkedQueue<>();

    @Test
    void aPartitionFarAheadPausesUntilTheOthersCatchUp() throws Exception {
        READ.clear();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(), "group.id", "it-alignment",
                    "starting.offsets", "earliest", "idleness", "10m",
                    "watermark.max.drift", "1m")));
            kafka.createTopics(config.inputTopics().values(), 1);
            String reviews = config.inputTopics().get(InputKind.REVIEWS);
            String feedback = config.inputTopics().get(InputKind.FEEDBACK);
            String interactions = config.inputTopics().get(InputKind.INTERACTIONS);
            String accounts = config.inputTopics().get(InputKind.ACCOUNTS);
            // every partition has a watermark: one that never had a record holds back the
            // source's until idleness passes, and alignment with it
            KafkaProducer<byte[], byte[]> producer = kafka.producer(0);
            send(producer, reviews, review("rv-1", "2026-03-10T10:00:00Z"));
            send(producer, interactions, interaction("ix-1", "2026-03-10T10:00:00Z"));
            send(producer, accounts, account("ac-1", "2026-03-10T10:00:00Z"));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(CxPulseJob.flinkSettings());
            env.setParallelism(1);
            env.fromSource(KafkaIO.source(config, false),
                            KafkaIO.aligned(CxPulseWorkflow.watermarks(config), config, false),
                            "Kafka input topics")
                    .map((MapFunction<Envelope, String>) e -> {
                        READ.add(Deduplicate.eventId(e));
                        return "";
                    })
                    .sinkTo(new DiscardingSink<>());
            JobClient job = env.executeAsync("watermark alignment");
            try {
                await(() -> READ.containsAll(List.of("rv-1", "ix-1", "ac-1")));
                // survey responses a day ahead of the reviews, written one by one
                for (int i = 0; i < 40; i++) {
                    send(producer, feedback, response("fb-" + (10 + i), "2026-03-11T10:00:" + (10 + i) + "Z"));
                    Thread.sleep(50);
                }
                Thread.sleep(2_000);
                long ahead = READ.stream().filter(id -> id.startsWith("fb-")).count();
                assertTrue(ahead < 20, ahead + " of 40 responses a day ahead were read");

                // the other partitions catch up: the responses are read
                send(producer, reviews, review("rv-2", "2026-03-11T10:30:00Z"));
                send(producer, interactions, interaction("ix-2", "2026-03-11T10:30:00Z"));
                send(producer, accounts, account("ac-2", "2026-03-11T10:30:00Z"));
                await(() -> READ.stream().filter(id -> id.startsWith("fb-")).count() == 40);
                assertEquals(46, READ.size());
            } finally {
                job.cancel().get();
                producer.close();
            }
        }
    }

    private static String review(String id, String time) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"rating\":4,"
                + "\"text\":\"fine\",\"source\":\"google\"}";
    }

    private static String interaction(String id, String time) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"customer_id\":\"C1\","
                + "\"type\":\"usage\"}";
    }

    private static String account(String id, String time) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"customer_id\":\"C1\","
                + "\"tier\":\"standard\",\"annual_value\":100.0,\"updated_at\":\"" + time + "\"}";
    }

    private static String response(String id, String time) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"customer_id\":\"C1\","
                + "\"nps\":9,\"channel\":\"web\"}";
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String line) {
        producer.send(new ProducerRecord<>(topic, line.getBytes(StandardCharsets.UTF_8)));
        producer.flush();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out; read so far: " + READ);
            Thread.sleep(50);
        }
    }
}
