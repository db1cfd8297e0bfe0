package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.scenarios.InputLine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Produces partitions of input lines to their topics at a steady rate in the background, as
 * live sources would: the partitions interleaved, each in its own order, the whole input spread
 * over the given time.
 */
final class SteadyInput implements AutoCloseable {
    private static final Duration TICK = Duration.ofMillis(100);

    private record Placed(int partition, InputLine line) {}

    private final List<Placed> schedule = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile double limit = 1;

    SteadyInput(EmbeddedKafka kafka, JobConfig config, List<List<InputLine>> partitions,
            Duration over) {
        int longest = partitions.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (int p = 0; p < partitions.size(); p++) {
                List<InputLine> lines = partitions.get(p);
                // partition p's line at the same share of its length as line i of the longest
                int from = (int) ((long) i * lines.size() / longest);
                int to = (int) ((long) (i + 1) * lines.size() / longest);
                for (int j = from; j < to; j++) {
                    schedule.add(new Placed(p, lines.get(j)));
                }
            }
        }
        int perTick = Math.max(1, (int) (schedule.size() * TICK.toMillis() / over.toMillis()));
        thread = new Thread(() -> {
            try (KafkaProducer<byte[], byte[]> producer = kafka.producer(5)) {
                while (sent.get() < schedule.size()) {
                    int end = Math.min((int) (schedule.size() * limit), sent.get() + perTick);
                    for (Placed placed : schedule.subList(sent.get(), end)) {
                        InputLine line = placed.line();
                        producer.send(new ProducerRecord<>(config.inputTopics().get(line.kind()),
                                placed.partition(), line.key().getBytes(StandardCharsets.UTF_8),
                                line.json().getBytes(StandardCharsets.UTF_8)));
                    }
                    producer.flush();
                    sent.set(end);
                    Thread.sleep(TICK.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "steady-input");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sends no more than this share of the input until released. */
    void holdAt(double share) {
        limit = share;
    }

    void release() {
        limit = 1;
    }

    /** The share of the input sent and acknowledged, 0 to 1. */
    double progress() {
        if (failure != null) {
            throw new IllegalStateException("producing the input failed", failure);
        }
        return (double) sent.get() / schedule.size();
    }

    void awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (progress() < 1) {
            throw new IllegalStateException("the input was not all sent within " + timeout);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
