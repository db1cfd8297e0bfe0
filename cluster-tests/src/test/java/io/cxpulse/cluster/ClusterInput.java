package io.cxpulse.cluster;

import io.cxpulse.jobs.testing.CorpusPlan;
import io.cxpulse.jobs.testing.ExpectedOutcome;
import io.cxpulse.jobs.testing.HostileCorpus;
import io.cxpulse.jobs.testing.PlannedLine;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cluster test's input, planned: the {@link HostileCorpus} (two weeks of feedback, reviews,
 * interactions and accounts with more than a thousand hostile lines, every line's fate planned)
 * plus what only Kafka can carry (tombstones, null and empty values, odd record timestamps),
 * in the order a live system sends it: valid events by event time, each up to {@link #JITTER}
 * late, hostile records anywhere among them. Then, on every partition of every input topic, a
 * valid event far ahead, so that the watermark passes every window of the real input.
 */
final class ClusterInput {
    /** How far a valid event may arrive behind a later one: less than out.of.orderness.fast. */
    static final Duration JITTER = Duration.ofSeconds(90);
    /** Kafka-only records per input topic, of each kind. */
    static final int TOMBSTONES = 10;
    static final int NULL_VALUES = 6;
    static final int EMPTY_VALUES = 6;

    final List<InputRecord> stream;
    final List<InputRecord> end;
    /** Midnight (UTC) of the day of the end records: every window before it is closed in both runs. */
    final Instant cutoff;

    private ClusterInput(List<InputRecord> stream, List<InputRecord> end, Instant cutoff) {
        this.stream = stream;
        this.end = end;
        this.cutoff = cutoff;
    }

    static ClusterInput plan(Path dir, long seed, Map<InputKind, String> topics) throws IOException {
        Map<String, CorpusPlan> plans = HostileCorpus.write(dir, seed);
        Random random = new Random(seed);
        EventParser parser = new EventParser();
        List<InputRecord> records = new ArrayList<>();
        List<Long> sortKeys = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (CorpusPlan plan : plans.values()) {
            String topic = topics.get(plan.kind());
            List<byte[]> lines = lines(dir.resolve(plan.file()));
            if (lines.size() != plan.lines()) {
                throw new IllegalStateException(plan.file() + ": " + lines.size() + " lines, planned " + plan.lines());
            }
            Map<String, byte[]> firstBytes = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                PlannedLine planned = plan.planned().get(i);
                byte[] value = lines.get(i);
                Long timestamp = oddTimestamp(random);
                int partition = random.nextInt(ClusterTopics.PARTITIONS);
                if (planned.outcome() == ExpectedOutcome.ACCEPTED || planned.outcome() == ExpectedOutcome.DUPLICATE) {
                    byte[] earlier = firstBytes.putIfAbsent(planned.eventId(), value);
                    if (earlier != null && !Arrays.equals(earlier, value)) {
                        // a retry with another answer: which copy counts depends on arrival order
                        // in a stream and is left open by a backfill, so it cannot be compared
                        continue;
                    }
                    Envelope e = parser.parse(plan.kind(), SourcePosition.kafka(topic, 0, 0, 0), value);
                    if (!e.isValid()) {
                        throw new IllegalStateException(plan.file() + ":" + planned.line()
                                + " planned valid but read as " + e.error());
                    }
                    records.add(new InputRecord(topic, partition, null, value, timestamp, planned.kind(),
                            planned.eventId(), null, e.eventTime()));
                    sortKeys.add(e.eventTime() + (long) (random.nextDouble() * JITTER.toMillis()));
                    first = Math.min(first, e.eventTime());
                    last = Math.max(last, e.eventTime());
                } else {
                    // a skipped (empty) line of a file is a record like any other on Kafka
                    String reason = planned.reason() == null ? "" : planned.reason();
                    records.add(new InputRecord(topic, partition, null, value, timestamp, planned.kind(),
                            null, reason, Long.MIN_VALUE));
                    sortKeys.add(null);
                }
            }
            for (int i = 0; i < TOMBSTONES + NULL_VALUES + EMPTY_VALUES; i++) {
                String kind = i < TOMBSTONES ? "tombstone" : i < TOMBSTONES + NULL_VALUES ? "null_value" : "empty_value";
                byte[] key = kind.equals("null_value") ? null : ("C" + i).getBytes(StandardCharsets.UTF_8);
                byte[] value = kind.equals("empty_value") ? new byte[0] : null;
                records.add(new InputRecord(topic, random.nextInt(ClusterTopics.PARTITIONS), key, value,
                        oddTimestamp(random), kind, null, ParseError.EMPTY, Long.MIN_VALUE));
                sortKeys.add(null);
            }
        }
        // the accounts topic is compacted, as the topic plan makes it, so its every record has
        // a key: the broker refuses one without
        String accounts = topics.get(InputKind.ACCOUNTS);
        for (int i = 0; i < records.size(); i++) {
            InputRecord r = records.get(i);
            if (r.topic().equals(accounts) && r.key() == null) {
                records.set(i, r.keyed(("line-" + i).getBytes(StandardCharsets.UTF_8)));
            }
        }
        long span = last - first;
        for (int i = 0; i < sortKeys.size(); i++) {
            if (sortKeys.get(i) == null) {
                sortKeys.set(i, first + (long) (random.nextDouble() * span));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(sortKeys::get));
        List<InputRecord> stream = order.stream().map(records::get).toList();
        Instant cutoff = Instant.ofEpochMilli(last).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(31));
        return new ClusterInput(stream, endRecords(topics, cutoff.plus(Duration.ofHours(12))), cutoff);
    }

    /** One in twenty records carries a Kafka timestamp of 1970 or from the next half hour: the job must not care. */
    private static Long oddTimestamp(Random random) {
        return switch (random.nextInt(40)) {
            case 0 -> 0L;
            case 1 -> System.currentTimeMillis() + Duration.ofMinutes(30).toMillis();
            default -> null;
        };
    }

    /** A valid event at {@code time} on every partition of every input topic. */
    private static List<InputRecord> endRecords(Map<InputKind, String> topics, Instant time) {
        List<InputRecord> end = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            for (int p = 0; p < ClusterTopics.PARTITIONS; p++) {
                String id = "end-" + kind.key() + "-" + p;
                String json = switch (kind) {
                    case FEEDBACK -> "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time
                            + "\",\"customer_id\":\"END" + p + "\",\"nps\":8}";
                    case REVIEWS -> "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time
                            + "\",\"rating\":4,\"text\":\"fine\",\"source\":\"google\"}";
                    case INTERACTIONS -> "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time
                            + "\",\"customer_id\":\"END" + p + "\",\"type\":\"usage\"}";
                    case ACCOUNTS -> "{\"customer_id\":\"END" + p + "\",\"tier\":\"standard\","
                            + "\"annual_value\":1.00,\"timestamp\":\"" + time + "\"}";
                };
                end.add(new InputRecord(topics.get(kind), p, ("END" + p).getBytes(StandardCharsets.UTF_8),
                        json.getBytes(StandardCharsets.UTF_8),
                        null, "end", kind == InputKind.ACCOUNTS ? "END" + p : id, null, time.toEpochMilli()));
            }
        }
        return end;
    }

    /** Writes the records a file can hold as {@code <topic>.jsonl}, the backfill's input. */
    static void writeFiles(Path dir, List<InputRecord> records) throws IOException {
        Files.createDirectories(dir);
        Map<String, OutputStream> files = new HashMap<>();
        try {
            for (InputRecord r : records) {
                if (r.fitsAFile()) {
                    OutputStream out = files.get(r.topic());
                    if (out == null) {
                        out = Files.newOutputStream(dir.resolve(r.topic() + ".jsonl"));
                        files.put(r.topic(), out);
                    }
                    out.write(r.value());
                    out.write('\n');
                }
            }
        } finally {
            for (OutputStream out : files.values()) {
                out.close();
            }
        }
    }

    /** The lines of a corpus file, split at {@code \n} only, as the file reader splits them. */
    private static List<byte[]> lines(Path file) throws IOException {
        // ISO-8859-1 maps each byte to one char and back, whatever the bytes are
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.stream().map(l -> l.getBytes(StandardCharsets.ISO_8859_1)).toList();
    }
}
