package io.cxpulse.jobs.bench;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.io.KafkaIO;
import io.cxpulse.records.OutputRecord;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The baseline: the same Kafka source and exactly-once sink with nothing in between, so that the
 * job's own cost can be told apart from Kafka's.
 */
final class Passthrough {
    private Passthrough() {}

    static void build(StreamExecutionEnvironment env, JobConfig config) {
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        KafkaSource<byte[]> source = KafkaSource.<byte[]>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setGroupId(config.groupId())
                .setTopics(List.copyOf(config.inputTopics().values()))
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class))
                .build();
        String topic = config.scoredTopic();
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "Kafka input topics")
                .uid("kafka-source")
                .map((MapFunction<byte[], OutputRecord>) value -> new OutputRecord(topic, "", value))
                .name("Pass through")
                .uid("pass-through")
                .sinkTo(KafkaIO.sink(config))
                .uid("kafka-sink");
    }
}
