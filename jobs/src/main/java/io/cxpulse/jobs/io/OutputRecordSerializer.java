package io.cxpulse.jobs.io;

import io.cxpulse.records.OutputRecord;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes each output record to its own topic with its UTF-8 key. */
public class OutputRecordSerializer implements KafkaRecordSerializationSchema<OutputRecord> {

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            OutputRecord record, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                record.topic(), record.key().getBytes(StandardCharsets.UTF_8), record.value());
    }
}
