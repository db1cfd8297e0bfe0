package io.cxpulse.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.serde.DeadLetters;
import io.cxpulse.serde.OutputJson;
import java.io.Serializable;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes records of one output topic as Kafka key and JSON value. A record that cannot be
 * encoded never fails the job: it goes to the dead-letter topic instead, as a
 * {@code processing_error} with input {@code derived}, keyed {@code <topic>|<key>}, the record's
 * text as payload (or none, should that text not be writable either), and logged.
 */
public class EncodeOutput<T> extends RichMapFunction<T, OutputRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(EncodeOutput.class);

    /** The JSON layout of one record type. */
    @FunctionalInterface
    public interface Layout<T> extends Serializable {
        ObjectNode toJson(OutputJson json, T record);
    }

    /** The Kafka key of one record type. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T record);
    }

    private final String topic;
    private final Layout<T> layout;
    private final Key<T> key;
    private final String deadLetterTopic;
    private transient OutputJson json;

    /** @param deadLetterTopic where records that cannot be encoded go */
    public EncodeOutput(String topic, Layout<T> layout, Key<T> key, String deadLetterTopic) {
        this.topic = topic;
        this.layout = layout;
        this.key = key;
        this.deadLetterTopic = deadLetterTopic;
    }

    @Override
    public void open(OpenContext openContext) {
        json = new OutputJson();
    }

    @Override
    public OutputRecord map(T record) {
        try {
            return new OutputRecord(topic, key.of(record), json.bytes(layout.toJson(json, record)));
        } catch (RuntimeException | StackOverflowError e) {
            return deadLetter(record, e);
        }
    }

    private OutputRecord deadLetter(T record, Throwable error) {
        String recordKey = null;
        try {
            recordKey = key.of(record);
        } catch (RuntimeException | StackOverflowError e) {
            error.addSuppressed(e);
        }
        LOG.warn("Cannot encode a record for {} (key {}); writing it to {} instead", topic,
                recordKey, deadLetterTopic, error);
        long now = System.currentTimeMillis();
        String deadKey = topic + "|" + recordKey;
        try {
            return new OutputRecord(deadLetterTopic, deadKey, json.bytes(json.deadLetter(
                    DeadLetters.derived(topic, recordKey, String.valueOf(record), error, now))));
        } catch (RuntimeException | StackOverflowError e) {
            return new OutputRecord(deadLetterTopic, deadKey, json.bytes(json.deadLetter(
                    DeadLetters.derived(topic, recordKey, "", error, now))));
        }
    }
}
