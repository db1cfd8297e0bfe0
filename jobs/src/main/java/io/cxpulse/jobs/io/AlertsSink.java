package io.cxpulse.jobs.io;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.OutputRecord;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/**
 * The sink of {@code cx.alerts}: at least once, outside Kafka transactions, so an alert is
 * readable (also by read_committed consumers) as soon as it is written instead of at the next
 * checkpoint. A replay after a failure may write a record again; it is the same record (alert
 * ids, sequences and times come from event time and state, not from the wall clock, except
 * {@code detected_at}), so consumers drop repeats by {@code alert_id} + {@code first_seen} +
 * {@code sequence}.
 */
public final class AlertsSink {
    private AlertsSink() {}

    public static KafkaSink<OutputRecord> sink(JobConfig config) {
        Properties producer = new Properties();
        producer.putAll(config.kafkaProperties());
        producer.putIfAbsent("linger.ms", "0");
        producer.putIfAbsent("enable.idempotence", "true");
        return KafkaSink.<OutputRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(new OutputRecordSerializer())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
