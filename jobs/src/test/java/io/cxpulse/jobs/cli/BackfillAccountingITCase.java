package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.InputCount;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.ReferenceNps;
import io.cxpulse.jobs.testing.SchemaAssertions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill over a small folder with a known mix of valid lines, broken lines, repeats and a
 * line that cannot be written to the scored topic: it finishes, every line is accounted for,
 * and repeats are counted once.
 */
class BackfillAccountingITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    static final int[] SCORES = {10, 9, 9, 8, 7, 6, 3, 0, 10, 5};

    static String feedback(int i) {
        return "{\"event_id\":\"fb-" + i + "\",\"timestamp\":\"" + DAY.plusSeconds(3600 + i * 60L)
                + "\",\"customer_id\":\"C000" + (i % 3) + "\",\"nps\":" + SCORES[i]
                + ",\"channel\":\"phone\",\"comment\":\"the wait was long\"}";
    }

    static String review(int i) {
        return "{\"event_id\":\"rv-" + i + "\",\"timestamp\":\"" + DAY.plusSeconds(7200 + i * 60L)
                + "\",\"rating\":" + (i + 2) + ",\"text\":\"billing is a mess\",\"source\":\"google\"}";
    }

    /** A valid response with an unknown field nested 999 deep: it cannot be written as JSON. */
    static String deeplyNested() {
        return "{\"event_id\":\"fb-deep\",\"timestamp\":\"" + DAY.plusSeconds(4000)
                + "\",\"customer_id\":\"C0001\",\"nps\":9,\"x\":" + "[".repeat(999) + "]".repeat(999) + "}";
    }

    @Test
    void everyLineIsReadOnceAndEitherAcceptedOrDeadLetteredAndRepeatsCountOnce(@TempDir Path dir)
            throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < SCORES.length; i++) {
            feedback.add(feedback(i));
        }
        feedback.add(feedback(1));          // a producer's retry
        feedback.add("{\"event_id\":");     // broken JSON
        feedback.add(feedback(3));          // a replay
        feedback.add("not json at all");
        feedback.add(feedback(1));          // a second retry
        feedback.add(deeplyNested());
        Files.write(input.resolve("cx.feedback.jsonl"), feedback, StandardCharsets.UTF_8);
        List<String> reviews = new ArrayList<>(List.of(review(0), review(1), review(2), review(0),
                "{\"event_id\":\"rv-9\",\"timestamp\":\"2026-03-01T03:00:00Z\",\"rating\":4}"));
        Files.write(input.resolve("cx.reviews.jsonl"), reviews, StandardCharsets.UTF_8);

        Path output = dir.resolve("out");
        Backfill.Result result = Backfill.run(input, output, JobConfig.defaults(), 2);

        InputCount fb = result.inputs().get("cx.feedback");
        assertEquals(feedback.size(), fb.read());
        assertEquals(SCORES.length, fb.accepted());
        assertEquals(3L, fb.deadLettered().get("duplicate"));
        // two broken lines and the line nested 999 deep, past the parser's limit of 64
        assertEquals(3L, fb.deadLettered().get("invalid_json"));
        assertEquals(6, fb.deadLetteredTotal());
        assertTrue(fb.balanced(), fb.toString());
        InputCount rv = result.inputs().get("cx.reviews");
        assertEquals(new InputCount(5, 3, Map.of("duplicate", 1L, "missing_field", 1L)), rv);
        assertTrue(rv.balanced());

        List<JsonNode> dead = lines(output, "cx.deadletter");
        assertEquals(fb.deadLetteredTotal() + rv.deadLetteredTotal(), dead.size());
        assertEquals(result.written().get("cx.deadletter"), (long) dead.size());
        assertEquals(1, dead.stream().filter(d -> d.get("payload").asText().equals(deeplyNested()))
                .count(), "the deeply nested line is dead-lettered verbatim");
        dead.forEach(d -> SchemaAssertions.assertValid("cx.deadletter", d));
        assertEquals(SCORES.length + 3, lines(output, "cx.scored").size());

        JsonNode daily = lines(output, "cx.rollups.nps").stream()
                .filter(r -> r.get("window").asText().equals("1d")
                        && r.get("dimension").asText().equals("overall"))
                .reduce((a, b) -> b).orElseThrow();
        ReferenceNps expected = ReferenceNps.of(java.util.Arrays.stream(SCORES).boxed().toList());
        assertEquals(expected.n(), daily.get("responses").asLong());
        assertEquals(expected.promoters(), daily.get("promoters").asLong());
        assertEquals(expected.detractors(), daily.get("detractors").asLong());
        assertEquals(expected.nps(), daily.get("nps").asDouble(), 0.005);
    }

    @Test
    void zeroHorizonTurnsDeduplicationOffAndRepeatsCountAgain(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("cx.feedback.jsonl"),
                List.of(feedback(0), feedback(0), feedback(1), "{"), StandardCharsets.UTF_8);

        Backfill.Result result = Backfill.run(input, dir.resolve("out"), JobConfig.from(
                org.apache.flink.util.ParameterTool.fromArgs(new String[] {"--dedup.horizon", "0"})), 1);

        assertEquals(new InputCount(4, 3, Map.of("invalid_json", 1L)), result.inputs().get("cx.feedback"));
        assertEquals(3L, result.written().get("cx.scored"));
    }

    @Test
    void commandExitsZeroWithBadLinesAndPrintsWhatBecameOfEachInput(@TempDir Path dir)
            throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("cx.feedback.jsonl"),
                List.of(feedback(0), feedback(0), "{", deeplyNested()), StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CliRun.expectingExit(0, "backfill", "--input", input.toString(),
                    "--output", dir.resolve("out").toString());
        } finally {
            System.setOut(stdout);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        String row = printed.lines().filter(l -> l.trim().startsWith("cx.feedback ")).findFirst()
                .orElseThrow(() -> new AssertionError(printed));
        assertTrue(row.matches("\\s*cx\\.feedback\\s+4\\s+1\\s+3\\s+.*duplicate 1.*"), row);
        assertTrue(row.contains("invalid_json 2"), row);
        assertTrue(!row.contains("does not add up"), row);
    }

    private static List<JsonNode> lines(Path output, String topic) throws Exception {
        return Files.readAllLines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(l -> OutputReader.parse(l.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
