package io.cxpulse.jobs.testing;

import io.cxpulse.jobs.embedded.EmbeddedKafka;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes raw payloads to a topic, in order, and waits until each is acknowledged. */
public final class InputProducer {
    private InputProducer() {}

    public static void send(EmbeddedKafka kafka, String topic, List<byte[]> payloads)
            throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(0)) {
            for (byte[] payload : payloads) {
                producer.send(new ProducerRecord<>(topic, payload)).get();
            }
        }
    }

    /**
     * As {@link #send}, each record keyed by its position ({@code <topic>-<n>}), as a compacted
     * topic requires; no key repeats, so compaction removes none.
     */
    public static void sendKeyed(EmbeddedKafka kafka, String topic, List<byte[]> payloads)
            throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(0)) {
            for (int i = 0; i < payloads.size(); i++) {
                byte[] key = (topic + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(topic, key, payloads.get(i))).get();
            }
        }
    }
}
