package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.demo.Rollups;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.ReferenceNps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill over a feedback file whose lines are not sorted by time: by default every valid
 * answer counts in its windows; {@code backfill.lateness=streaming} still drops what a
 * streaming run reading the file in its order would.
 */
class BackfillLineOrderITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final List<String> CHANNELS = List.of("app", "phone", "web", "store");

    record Answer(String eventId, Instant time, String channel, int nps) {
        String line() {
            return "{\"event_id\":\"" + eventId + "\",\"timestamp\":\"" + time
                    + "\",\"customer_id\":\"C" + (eventId.hashCode() & 127) + "\",\"nps\":" + nps
                    + ",\"channel\":\"" + channel + "\"}";
        }
    }

    /** 4,000 answers over 15 days, in a shuffled order. */
    private static final List<Answer> ANSWERS = new ArrayList<>();

    @TempDir
    static Path dir;
    private static Path input;

    @BeforeAll
    static void writeShuffledFeedback() throws Exception {
        Random random = new Random(20260207L);
        long span = Duration.ofDays(15).toSeconds();
        for (int i = 0; i < 4000; i++) {
            ANSWERS.add(new Answer(String.format("fb-%05d", i),
                    START.plusSeconds((long) (random.nextDouble() * span)),
                    CHANNELS.get(random.nextInt(CHANNELS.size())), random.nextInt(11)));
        }
        ANSWERS.sort((a, b) -> a.time().compareTo(b.time()));
        Collections.shuffle(ANSWERS, random);
        input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("cx.feedback.jsonl"),
                ANSWERS.stream().map(Answer::line).toList(), StandardCharsets.UTF_8);
    }

    @Test
    void everyAnswerOfAShuffledFileCountsInItsDailyNpsPerChannel() throws Exception {
        Path output = dir.resolve("out-default");
        Backfill.run(input, output, config(Map.of()), 2);

        Map<String, List<Integer>> expected = new HashMap<>();
        for (Answer a : ANSWERS) {
            expected.computeIfAbsent("1d|channel|" + a.channel() + "|" + day(a.time()),
                    k -> new ArrayList<>()).add(a.nps());
        }
        Map<String, JsonNode> rollups = Rollups.latestByKey(lines(output, "cx.rollups.nps"));
        assertEquals(15 * CHANNELS.size(), expected.size());
        expected.forEach((key, scores) -> {
            JsonNode r = rollups.get(key);
            assertTrue(r != null, "no rollup for " + key);
            ReferenceNps ref = ReferenceNps.of(scores);
            assertEquals(ref.n(), r.get("responses").asLong(), key);
            assertEquals(ref.promoters(), r.get("promoters").asLong(), key);
            assertEquals(ref.detractors(), r.get("detractors").asLong(), key);
            assertEquals(ref.nps(), r.get("nps").asDouble(), 0.005, key);
        });
        assertEquals(0, lines(output, "cx.deadletter").size());
    }

    @Test
    void streamingLatenessStillDropsWhatAStreamingRunReadingTheFileInOrderWould() throws Exception {
        Path output = dir.resolve("out-streaming");
        JobConfig config = config(Map.of("backfill.lateness", "streaming"));
        Backfill.run(input, output, config, 2);

        // late: at or before the newest time read so far, minus the out-of-orderness, 1 ms and
        // the allowed lateness (docs/architecture.md#lateness)
        long behind = config.outOfOrderness().toMillis() + 1 + config.allowedLateness().toMillis();
        long newest = Long.MIN_VALUE;
        long late = 0;
        Map<String, Long> counted = new HashMap<>();
        for (Answer a : ANSWERS) {
            long t = a.time().toEpochMilli();
            if (newest != Long.MIN_VALUE && t <= newest - behind) {
                late++;
                continue;
            }
            newest = Math.max(newest, t);
            counted.merge("1d|overall|all|" + day(a.time()), 1L, Long::sum);
        }
        assertTrue(late > 3000, "a shuffled file makes most answers late in file order: " + late);

        List<JsonNode> dead = lines(output, "cx.deadletter");
        assertEquals(late, dead.size());
        assertTrue(dead.stream().allMatch(d -> d.get("error_type").asText().equals("late")));
        Map<String, JsonNode> rollups = Rollups.latestByKey(lines(output, "cx.rollups.nps"));
        counted.forEach((key, n) -> assertEquals(n, rollups.get(key).get("responses").asLong(), key));
    }

    private static JobConfig config(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("windows", "1d",
                "dimensions", "overall,channel"));
        settings.putAll(more);
        return JobConfig.from(ParameterTool.fromMap(settings));
    }

    private static String day(Instant time) {
        return time.toString().substring(0, 10) + "T00:00:00Z";
    }

    private static List<JsonNode> lines(Path output, String topic) throws Exception {
        return Files.readAllLines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(l -> OutputReader.parse(l.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
