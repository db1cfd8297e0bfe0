package io.cxpulse.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.jobs.io.JsonLinesFormat;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class HostileCorpusTest {
    private static final long SEED = 20261207L;

    @TempDir
    static Path dir;

    private static Map<String, CorpusPlan> plans;

    @BeforeAll
    static void writeCorpus() throws IOException {
        plans = HostileCorpus.write(dir, SEED);
    }

    @Test
    void theSameSeedWritesTheSameFilesAndPlans(@TempDir Path again, @TempDir Path other) throws IOException {
        assertEquals(plans, HostileCorpus.write(again, SEED));
        HostileCorpus.write(other, SEED + 1);
        for (String file : plans.keySet()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
            assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file))),
                    file + " is the same for another seed");
        }
    }

    @Test
    void thereAreFourFilesWithOverAThousandHostileLinesOfEveryKind() {
        assertEquals(List.of("cx.feedback.jsonl", "cx.reviews.jsonl", "cx.interactions.jsonl", "cx.accounts.jsonl"),
                List.copyOf(plans.keySet()));
        long hostile = plans.values().stream().mapToLong(CorpusPlan::hostile).sum();
        assertTrue(hostile >= 1000, "hostile lines: " + hostile);
        for (CorpusPlan plan : plans.values()) {
            var kinds = plan.planned().stream().map(PlannedLine::kind).collect(Collectors.toSet());
            for (HostileKind kind : HostileKind.values()) {
                assertEquals(kind.appliesTo(plan.kind()), kinds.contains(kind.label()), plan.file() + " " + kind);
                if (kind.appliesTo(plan.kind())) {
                    long n = plan.planned().stream().filter(p -> p.kind().equals(kind.label())).count();
                    assertTrue(n >= 2, plan.file() + " has " + n + " lines of " + kind);
                }
            }
            assertTrue(plan.expectedAccepted() >= HostileCorpus.VALID_LINES, plan.file());
            assertTrue(plan.expectedRejected() > 200, plan.file());
            assertTrue(plan.expectedSkipped() > 0, plan.file());
        }
        assertTrue(plans.get("cx.feedback.jsonl").expectedDuplicates() >= HostileCorpus.REPEATS);
    }

    @Test
    void everyLineIsPlannedOnceAndDuplicatesFollowTheirFirstOccurrence() throws IOException {
        for (CorpusPlan plan : plans.values()) {
            assertEquals(CorpusFiles.lines(dir.resolve(plan.file())).size(), plan.lines(), plan.file());
            assertEquals(plan.lines(), plan.expectedAccepted() + plan.expectedDuplicates()
                    + plan.expectedRejected() + plan.expectedSkipped(), plan.file());
            var accepted = new java.util.HashSet<String>();
            for (PlannedLine p : plan.planned()) {
                if (p.outcome() == ExpectedOutcome.ACCEPTED) {
                    assertTrue(accepted.add(p.eventId()), plan.file() + ":" + p.line() + " accepted twice");
                } else if (p.outcome() == ExpectedOutcome.DUPLICATE) {
                    assertTrue(accepted.contains(p.eventId()), plan.file() + ":" + p.line() + " before its original");
                }
            }
        }
    }

    @Test
    void validLinesAreNotInTimeOrder() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<byte[]> lines = CorpusFiles.lines(dir.resolve("cx.feedback.jsonl"));
        List<Long> times = new ArrayList<>();
        for (PlannedLine p : plans.get("cx.feedback.jsonl").planned()) {
            if (p.kind().equals(HostileCorpus.VALID)) {
                JsonNode t = mapper.readTree(lines.get((int) p.line() - 1)).get("timestamp");
                times.add(t.isNumber() ? t.longValue() : OffsetDateTime.parse(t.textValue()).toInstant().toEpochMilli());
            }
        }
        long descents = 0;
        for (int i = 1; i < times.size(); i++) {
            descents += times.get(i) < times.get(i - 1) ? 1 : 0;
        }
        assertTrue(descents > times.size() / 3, descents + " of " + times.size() + " steps go back in time");
    }

    @Test
    void theFileSourceDeliversEveryLineButTheEmptyOnes() throws IOException {
        for (CorpusPlan plan : plans.values()) {
            var reader = new JsonLinesFormat(plan.kind(), plan.file()).createReader(new Configuration(),
                    new LocalDataInputStream(dir.resolve(plan.file()).toFile()));
            List<Long> delivered = new ArrayList<>();
            for (Envelope e = reader.read(); e != null; e = reader.read()) {
                delivered.add(e.position().line());
            }
            reader.close();
            List<Long> expected = plan.planned().stream()
                    .filter(p -> p.outcome() != ExpectedOutcome.SKIPPED).map(PlannedLine::line).toList();
            assertEquals(expected, delivered, plan.file());
        }
    }

    /**
     * The parser never throws and accepts or rejects each line as its kind promises (duplicates
     * parse like any valid event; counting them is the job's). One assertion per kind.
     */
    @Test
    void theParserGivesEveryLineTheOutcomeItsKindPromises() throws IOException {
        Map<String, List<String>> disagreements = new TreeMap<>();
        Map<String, TreeSet<String>> promises = new TreeMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        for (CorpusPlan plan : plans.values()) {
            List<byte[]> lines = CorpusFiles.lines(dir.resolve(plan.file()));
            EventParser parser = new EventParser();
            for (PlannedLine p : plan.planned()) {
                if (p.outcome() == ExpectedOutcome.SKIPPED) {
                    continue;
                }
                byte[] bytes = CorpusFiles.withoutCarriageReturn(lines.get((int) p.line() - 1));
                promises.computeIfAbsent(p.kind(), k -> new TreeSet<>()).add(expected(p));
                totals.merge(p.kind(), 1, Integer::sum);
                String got;
                try {
                    Envelope e = parser.parse(plan.kind(), SourcePosition.file(plan.file(), p.line()), bytes);
                    got = e.isValid() ? "ACCEPTED" : "REJECTED " + e.error().type();
                    if (e.isValid() ? p.outcome() == ExpectedOutcome.REJECTED
                            : p.outcome() != ExpectedOutcome.REJECTED
                                    || (p.reason() != null && !p.reason().equals(e.error().type()))) {
                        disagreements.computeIfAbsent(p.kind(), k -> new ArrayList<>())
                                .add(plan.file() + ":" + p.line() + " got " + got
                                        + (e.isValid() ? "" : " (" + e.error().reason() + ")"));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    disagreements.computeIfAbsent(p.kind(), k -> new ArrayList<>())
                            .add(plan.file() + ":" + p.line() + " threw " + e);
                }
            }
        }
        List<Executable> checks = new ArrayList<>();
        for (String kind : totals.keySet()) {
            List<String> wrong = disagreements.getOrDefault(kind, List.of());
            checks.add(() -> assertTrue(wrong.isEmpty(), () -> kind + ": expected " + String.join(" or ", promises.get(kind))
                    + ", but " + wrong.size() + " of " + totals.get(kind) + " lines disagree, e.g. "
                    + wrong.stream().limit(3).map(w -> w.length() > 300 ? w.substring(0, 300) + "..." : w)
                            .collect(Collectors.joining("; "))));
        }
        assertAll("outcome per kind of line", checks);
    }

    private static String expected(PlannedLine p) {
        return switch (p.outcome()) {
            case ACCEPTED, DUPLICATE -> "ACCEPTED";
            case REJECTED -> "REJECTED " + (p.reason() == null ? "(any reason)" : p.reason());
            case SKIPPED -> "SKIPPED";
        };
    }
}
