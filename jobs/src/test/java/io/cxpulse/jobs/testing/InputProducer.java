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
}
