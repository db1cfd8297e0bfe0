package io.cxpulse.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.serde.OutputJson;
import java.io.Serializable;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Encodes records of one output topic as Kafka key and JSON value. */
public class EncodeOutput<T> extends RichMapFunction<T, OutputRecord> {

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
    private transient OutputJson json;

    public EncodeOutput(String topic, Layout<T> layout, Key<T> key) {
        this.topic = topic;
        this.layout = layout;
        this.key = key;
    }

    @Override
    public void open(OpenContext openContext) {
        json = new OutputJson();
    }

    @Override
    public OutputRecord map(T record) {
        return new OutputRecord(topic, key.of(record), json.bytes(layout.toJson(json, record)));
    }
}
