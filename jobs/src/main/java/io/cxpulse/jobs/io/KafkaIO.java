package io.cxpulse.jobs.io;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.OutputRecord;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The job's Kafka source (all input topics) and sink (all output topics). */
public final class KafkaIO {

    /** Brokers allow 15 minutes by default; the sink's default of one hour fails at start. */
    static final String TRANSACTION_TIMEOUT_MS = "600000";

    /** Watermark alignment's group: the one source of the job. */
    static final String ALIGNMENT_GROUP = "cx-pulse-input";

    /**
     * How often the source's subtasks report their watermarks and learn how far they may read:
     * a partition ahead of the slowest by {@code watermark.max.drift} pauses for at least this
     * long, so reading proceeds at up to drift / interval of event time per second.
     */
    static final Duration ALIGNMENT_INTERVAL = Duration.ofMillis(200);

    private KafkaIO() {}

    /**
     * The given watermarks with Flink's watermark alignment, per split (partition), for an
     * unbounded source: a partition whose watermark runs {@code watermark.max.drift} ahead of
     * the slowest one's pauses until the others catch up, so what waits downstream for the
     * watermark stays within that drift of event time however far apart the partitions'
     * backlogs are. A bounded source reads a fixed input and is left unaligned: with Kafka
     * connector 5.0.0-2.2 a split that reaches its end can be paused after the consumer let it
     * go, which fails the job (FLINK-39728). A drift of zero turns alignment off.
     */
    public static <T> WatermarkStrategy<T> aligned(
            WatermarkStrategy<T> watermarks, JobConfig config, boolean bounded) {
        if (bounded || config.watermarkMaxDrift().isZero()) {
            return watermarks;
        }
        return watermarks.withWatermarkAlignment(
                ALIGNMENT_GROUP, config.watermarkMaxDrift(), ALIGNMENT_INTERVAL);
    }

    /**
     * One source for the four input topics; watermarks are kept per partition by the source.
     *
     * @param bounded stop at the offsets that are latest when the job starts
     */
    public static KafkaSource<Envelope> source(JobConfig config, boolean bounded) {
        Properties consumer = new Properties();
        // fetch up to 25 ms' worth of records at a time instead of each one as it lands: a
        // fetch per record costs more than the job's own work on it
        consumer.setProperty("fetch.min.bytes", "65536");
        consumer.setProperty("fetch.max.wait.ms", "25");
        consumer.putAll(config.kafkaProperties());
        KafkaSourceBuilder<Envelope> builder = KafkaSource.<Envelope>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setGroupId(config.groupId())
                .setTopics(List.copyOf(config.inputTopics().values()))
                .setStartingOffsets(startingOffsets(config.startingOffsets()))
                .setDeserializer(new EnvelopeDeserializer(config.inputTopics()))
                .setProperties(consumer)
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "60000");
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    public static KafkaSink<OutputRecord> sink(JobConfig config) {
        Properties producer = new Properties();
        producer.putAll(config.kafkaProperties());
        producer.putIfAbsent("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
        return KafkaSink.<OutputRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(new OutputRecordSerializer())
                .setDeliveryGuarantee(config.exactlyOnce()
                        ? DeliveryGuarantee.EXACTLY_ONCE
                        : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix(config.transactionalIdPrefix())
                .build();
    }

    private static OffsetsInitializer startingOffsets(String name) {
        return switch (name) {
            case "earliest" -> OffsetsInitializer.earliest();
            case "latest" -> OffsetsInitializer.latest();
            default -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
    }
}
