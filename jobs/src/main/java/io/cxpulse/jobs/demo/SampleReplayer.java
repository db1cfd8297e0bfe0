package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.records.InputKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Replays sample JSONL files into the input topics, verbatim and in arrival order: each line
 * arrives when its file's event time reaches it, so late events stay late. Event time is kept;
 * wall time is compressed so the whole history plays in a fixed duration.
 */
public final class SampleReplayer {
    private final List<ReplayLine> lines;
    private final Map<InputKind, Long> perKind = new EnumMap<>(InputKind.class);

    private SampleReplayer(List<ReplayLine> lines) {
        this.lines = lines;
        for (ReplayLine line : lines) {
            perKind.merge(line.kind(), 1L, Long::sum);
        }
    }

    /** The lines of {@code <topic>.jsonl} in {@code dir} for each input topic, by arrival. */
    public static SampleReplayer load(Path dir, Map<InputKind, String> topics) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ReplayLine> all = new ArrayList<>();
        for (Map.Entry<InputKind, String> e : topics.entrySet()) {
            Path file = dir.resolve(e.getValue() + ".jsonl");
            if (Files.isRegularFile(file)) {
                all.addAll(ReplayLine.read(file, e.getKey(), e.getValue(), mapper));
            }
        }
        all.sort(Comparator.comparingLong(ReplayLine::arrival));
        return new SampleReplayer(all);
    }

    public int size() {
        return lines.size();
    }

    public Map<InputKind, Long> countsPerKind() {
        return perKind;
    }

    /** As {@link #replay(KafkaProducer, Duration, LongConsumer)}, to the embedded broker. */
    void replay(EmbeddedKafka kafka, Duration duration, LongConsumer progress)
            throws InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(5)) {
            replay(producer, duration, progress);
        }
    }

    /**
     * Sends every line, pacing them over about {@code duration}, and flushes the producer.
     *
     * @param progress told the event time reached after each line
     */
    public void replay(KafkaProducer<byte[], byte[]> producer, Duration duration,
            LongConsumer progress) throws InterruptedException {
        long first = lines.stream().mapToLong(ReplayLine::arrival)
                .filter(t -> t != Long.MIN_VALUE).min().orElse(0);
        long span = Math.max(1, lines.get(lines.size() - 1).arrival() - first);
        double wallPerEventMilli = (double) duration.toNanos() / span;
        long start = System.nanoTime();
        for (ReplayLine line : lines) {
            long offset = line.arrival() == Long.MIN_VALUE ? 0 : line.arrival() - first;
            long due = start + (long) (offset * wallPerEventMilli);
            long wait = due - System.nanoTime();
            if (wait > 2_000_000) {
                Thread.sleep(wait / 1_000_000);
            }
            byte[] key = line.key() == null ? null : line.key().getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(line.topic(), key, line.payload()));
            progress.accept(line.arrival());
        }
        producer.flush();
    }
}
