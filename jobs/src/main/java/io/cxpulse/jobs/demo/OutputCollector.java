package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the output topics as a dashboard would, {@code read_committed}, in a background thread,
 * keeping every record's JSON for the summary.
 */
final class OutputCollector implements AutoCloseable {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, List<JsonNode>> records = new ConcurrentHashMap<>();
    private final AtomicLong lastArrivalNanos = new AtomicLong(System.nanoTime());
    private final Thread thread;
    private volatile boolean running = true;

    OutputCollector(String bootstrapServers, List<String> topics) {
        for (String topic : topics) {
            records.put(topic, new CopyOnWriteArrayList<>());
        }
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("isolation.level", "read_committed");
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        thread = new Thread(() -> consume(props, topics), "cx-pulse-output-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void consume(Properties props, List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p ->
                        partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.get(r.topic()).add(parse(r.value()));
                    lastArrivalNanos.set(System.nanoTime());
                }
            }
        }
    }

    private JsonNode parse(byte[] value) {
        try {
            return mapper.readTree(value);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(new String(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    long count(String topic) {
        return records.get(topic).size();
    }

    List<JsonNode> records(String topic) {
        return records.get(topic);
    }

    /** Waits until no record has arrived for the given quiet time. */
    void awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - lastArrivalNanos.get() < quiet.toNanos()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
