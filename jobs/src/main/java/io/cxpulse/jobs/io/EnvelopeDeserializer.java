package io.cxpulse.jobs.io;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses Kafka records of the input topics into envelopes. Every record yields exactly one
 * envelope, valid or not, so that nothing read is lost.
 */
public class EnvelopeDeserializer implements KafkaRecordDeserializationSchema<Envelope> {
    private final HashMap<String, InputKind> kindByTopic;
    private transient EventParser parser;

    public EnvelopeDeserializer(Map<InputKind, String> topics) {
        kindByTopic = new HashMap<>();
        topics.forEach((kind, topic) -> kindByTopic.put(topic, kind));
    }

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        parser = new EventParser();
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Envelope> out) {
        SourcePosition position = SourcePosition.kafka(
                record.topic(), record.partition(), record.offset(), record.timestamp());
        out.collect(parser.parse(kindByTopic.get(record.topic()), position, record.value()));
    }

    @Override
    public TypeInformation<Envelope> getProducedType() {
        return TypeInformation.of(Envelope.class);
    }
}
