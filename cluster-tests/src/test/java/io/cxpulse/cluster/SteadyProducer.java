package io.cxpulse.cluster;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes records in order at a steady rate from a thread of its own, as live producers do, and
 * keeps each record's offset for matching it with its dead letter.
 */
final class SteadyProducer implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final long[] offsets;
    private Thread thread;

    SteadyProducer(String bootstrapServers, int records) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("max.request.size", String.valueOf(KafkaBroker.MAX_MESSAGE_BYTES));
        props.put("linger.ms", "5");
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        offsets = new long[records];
    }

    /** Starts sending {@code records} at {@code perSecond}; their offsets go to {@link #offset}. */
    void start(List<InputRecord> records, double perSecond) {
        thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                for (int i = 0; i < records.size(); i++) {
                    long due = start + (long) (i * 1e9 / perSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    send(records.get(i), i);
                }
                producer.flush();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "steady producer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sends records right away and waits for them, e.g. the end of the input. */
    void sendNow(List<InputRecord> records, int firstIndex) {
        for (int i = 0; i < records.size(); i++) {
            send(records.get(i), firstIndex + i);
        }
        producer.flush();
    }

    private void send(InputRecord r, int index) {
        producer.send(new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(), r.value()),
                (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        offsets[index] = metadata.offset();
                        sent.incrementAndGet();
                    }
                });
    }

    /** Records acknowledged so far. */
    int sent() {
        return sent.get();
    }

    void awaitAll() throws InterruptedException {
        thread.join();
        check();
    }

    void check() {
        if (failure.get() != null) {
            throw new IllegalStateException("producing the input failed", failure.get());
        }
    }

    long offset(int index) {
        return offsets[index];
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
        producer.close();
    }
}
