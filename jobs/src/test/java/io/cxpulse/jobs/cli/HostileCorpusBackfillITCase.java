package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.InputCount;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.testing.CorpusPlan;
import io.cxpulse.jobs.testing.ExpectedOutcome;
import io.cxpulse.jobs.testing.HostileCorpus;
import io.cxpulse.jobs.testing.PlannedLine;
import io.cxpulse.records.ParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than a thousand hostile lines among valid ones, unsorted and with retries, through
 * {@code backfill} as a user runs it: the run succeeds, and every line of every file ends up
 * accepted, dead-lettered with the reason the input contract gives it, or dead-lettered as a
 * duplicate, exactly as the corpus planned.
 */
class HostileCorpusBackfillITCase {

    private static final long SEED = 20261207L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyLineOfAHostileCorpusIsAccountedForAndTheBackfillExitsZero() throws Exception {
        Path input = dir.resolve("in");
        Map<String, CorpusPlan> plans = HostileCorpus.write(input, SEED);
        long hostile = plans.values().stream().mapToLong(CorpusPlan::hostile).sum();
        assertTrue(hostile >= 1_000, "hostile lines: " + hostile);

        CliRun.expectingExit(0, "backfill", "--input", input.toString(),
                "--output", dir.resolve("cli-out").toString());

        Path output = dir.resolve("out");
        Backfill.Result result = Backfill.run(input, output, JobConfig.defaults(), 2);
        Map<String, Map<Long, String>> deadByLine = deadLettersByFileAndLine(output);
        for (CorpusPlan plan : plans.values()) {
            String topic = plan.file().replace(".jsonl", "");
            InputCount count = result.inputs().get(topic);
            assertEquals(plan.lines() - plan.expectedSkipped(), count.read(), plan.file() + " read");
            assertEquals(plan.expectedAccepted(), count.accepted(), plan.file() + " accepted");
            assertEquals(plan.expectedDuplicates(),
                    count.deadLettered().getOrDefault(ParseError.DUPLICATE, 0L),
                    plan.file() + " duplicates");
            assertEquals(plan.expectedRejected(),
                    count.deadLetteredTotal() - plan.expectedDuplicates(),
                    plan.file() + " rejected: " + count.deadLettered());
            assertTrue(count.balanced(), plan.file() + ": " + count);
            assertLinesAsPlanned(plan, deadByLine.getOrDefault(plan.file(), Map.of()));
        }
        assertEquals(plans.get("cx.feedback.jsonl").expectedAccepted()
                        + plans.get("cx.reviews.jsonl").expectedAccepted(),
                lines(output, "cx.scored").size(), "one scored record per accepted answer and review");
    }

    /**
     * Rejected lines carry their planned reason; of the lines sharing an event id, all but one
     * are dead-lettered as duplicates (which one counts may be any: a backfill keeps the earliest
     * event time, and retries share the original's); no other line is dead-lettered.
     */
    private static void assertLinesAsPlanned(CorpusPlan plan, Map<Long, String> dead) {
        Map<String, List<PlannedLine>> byEventId = new HashMap<>();
        for (PlannedLine line : plan.planned()) {
            String reason = dead.get(line.line());
            String where = plan.file() + ":" + line.line() + " (" + line.kind() + ")";
            switch (line.outcome()) {
                case REJECTED -> {
                    assertTrue(reason != null && !reason.equals(ParseError.DUPLICATE),
                            where + " should be rejected, got " + reason);
                    if (line.reason() != null) {
                        assertEquals(line.reason(), reason, where);
                    }
                }
                case SKIPPED -> assertEquals(null, reason, where);
                case ACCEPTED, DUPLICATE -> byEventId
                        .computeIfAbsent(line.eventId(), id -> new ArrayList<>()).add(line);
            }
        }
        byEventId.forEach((eventId, lines) -> {
            long duplicates = lines.stream()
                    .filter(l -> ParseError.DUPLICATE.equals(dead.get(l.line())))
                    .count();
            long other = lines.stream()
                    .filter(l -> dead.containsKey(l.line())
                            && !ParseError.DUPLICATE.equals(dead.get(l.line())))
                    .count();
            assertEquals(lines.size() - 1, duplicates, plan.file() + " event " + eventId);
            assertEquals(0, other, plan.file() + " event " + eventId + " dead-lettered otherwise");
            assertEquals(lines.size() - 1, lines.stream()
                            .filter(l -> l.outcome() == ExpectedOutcome.DUPLICATE).count(),
                    "plan of " + eventId);
        });
    }

    private static Map<String, Map<Long, String>> deadLettersByFileAndLine(Path output)
            throws IOException {
        Map<String, Map<Long, String>> byFile = new HashMap<>();
        for (JsonNode d : lines(output, "cx.deadletter")) {
            String previous = byFile.computeIfAbsent(d.path("source").asText(), f -> new HashMap<>())
                    .put(d.path("line").asLong(), d.path("error_type").asText());
            assertEquals(null, previous, "two dead letters for one line: " + d);
        }
        return byFile;
    }

    private static List<JsonNode> lines(Path output, String topic) throws IOException {
        return Files.readAllLines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(HostileCorpusBackfillITCase::parse)
                .collect(Collectors.toList());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("output line is not JSON: " + line, e);
        }
    }
}
