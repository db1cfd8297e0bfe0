package io.cxpulse.jobs.testing;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writes raw payloads to a topic, in order, and waits until all are acknowledged. */
public final class InputProducer {
    private InputProducer() {}

    public static void send(String bootstrapServers, String topic, List<byte[]> payloads)
            throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("key.serializer", ByteArraySerializer.class.getName());
        props.put("value.serializer", ByteArraySerializer.class.getName());
        props.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (byte[] payload : payloads) {
                producer.send(new ProducerRecord<>(topic, payload)).get();
            }
        }
    }
}
