package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * {@code cx-pulse replay} against a real broker: every line of the sample data, the malformed
 * ones included, arrives verbatim in its input topic, accounts keyed by customer.
 */
class ReplayCommandITCase {
    private static final Path SAMPLES = Path.of("..", "sample-data");

    @Test
    void everySampleLineArrivesVerbatimInItsTopic() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(
                    Map.of("bootstrap.servers", kafka.bootstrapServers())));
            kafka.createTopics(config.inputTopics().values(), 1);
            CliRun.expectingExit(0, "replay", "--bootstrap.servers", kafka.bootstrapServers(),
                    "--sample-data", SAMPLES.toString(), "--replay-seconds", "1");
            for (Map.Entry<InputKind, String> e : config.inputTopics().entrySet()) {
                List<String> lines = Files.readAllLines(SAMPLES.resolve(e.getValue() + ".jsonl"),
                        StandardCharsets.ISO_8859_1).stream().filter(l -> !l.isEmpty()).sorted().toList();
                List<ConsumerRecord<byte[], byte[]>> records = readAll(kafka, e.getValue(), lines.size());
                assertEquals(lines, records.stream()
                        .map(r -> new String(r.value(), StandardCharsets.ISO_8859_1)).sorted().toList(),
                        e.getValue());
                if (e.getKey() == InputKind.ACCOUNTS) {
                    assertTrue(records.stream().allMatch(r -> r.key() != null));
                }
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(EmbeddedKafka kafka, String topic,
            int expected) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            assertEquals(expected, end, topic + ": records in the topic");
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
