package io.cxpulse.jobs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.demo.Rollups;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flink's migration-test pattern: the savepoint committed under
 * {@code src/test/resources/savepoints} (written by {@link SavepointWriterITCase} after the
 * first part of {@link RestoreInput}) is restored into today's job graph with
 * {@code allowNonRestoredState=false} and the production state backend, RocksDB (it was written
 * with the heap backend), on a fresh broker given the same first part, so that the
 * source's offsets in the savepoint mean the same records. The job reads the second part and is
 * stopped with a drain; its output must equal a backfill of the whole input, which the second
 * part alone cannot give: a change that no longer restores this version's state fails here.
 */
class SavepointRestoreITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @TempDir
    static Path dir;

    private static final RestoreInput INPUT = new RestoreInput();
    /** Windows ending after this were open at the cut: their rollups come after the restore. */
    private static final Instant OPEN_AT_CUT = RestoreInput.CUT.minus(Duration.ofMinutes(5));
    private static EmbeddedKafka kafka;
    private static JobConfig config;
    private static Path backfill;

    @BeforeAll
    static void restoreReadTheSecondPartAndDrain() throws Exception {
        kafka = EmbeddedKafka.start();
        config = SavepointJob.config(kafka);
        List<RestoreInput.Line> all = new ArrayList<>(INPUT.before);
        all.addAll(INPUT.after);
        SavepointJob.prepare(kafka, config, all);

        JobClient job = SavepointJob.start(config, SavepointJob.SAVEPOINT, "rocksdb");
        List<String> expected = scoredAfterTheCut();
        SavepointJob.awaitOutput(job, config, config.scoredTopic(), r -> r.size() >= expected.size());
        job.stopWithSavepoint(true, dir.resolve("drained").toUri().toString(),
                SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);

        Path in = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<InputKind, List<byte[]>> e : RestoreInput.lines(all).entrySet()) {
            List<String> lines = e.getValue().stream()
                    .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
            Files.write(in.resolve(config.inputTopics().get(e.getKey()) + ".jsonl"), lines);
        }
        backfill = dir.resolve("out");
        Map<String, String> settings = new HashMap<>(ParameterTool.fromMap(Map.of(
                "bootstrap.servers", kafka.bootstrapServers())).toMap());
        settings.put("backfill.lateness", "streaming");
        Backfill.run(in, backfill, JobConfig.from(ParameterTool.fromMap(settings)),
                SavepointJob.PARALLELISM);
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    /** The second part's answers and reviews, but for the repeat of an answer before the cut. */
    private static List<String> scoredAfterTheCut() {
        return INPUT.after.stream()
                .filter(l -> l.kind() == InputKind.FEEDBACK || l.kind() == InputKind.REVIEWS)
                .map(RestoreInput.Line::eventId)
                .filter(id -> !id.equals(RestoreInput.REPEATED))
                .sorted().toList();
    }

    @Test
    void theSourceResumesRightAfterTheFirstPart() {
        assertEquals(scoredAfterTheCut(), restored(config.scoredTopic()).stream()
                .map(s -> s.get("event_id").asText()).sorted().toList());
    }

    @Test
    void theRepeatOfAnAnswerFromBeforeTheCutIsADuplicate() {
        List<JsonNode> dead = restored(config.deadLetterTopic());
        assertEquals(1, dead.size(), dead.toString());
        assertEquals("duplicate", dead.get(0).get("error_type").asText());
        assertTrue(dead.get(0).get("payload").asText().contains(RestoreInput.REPEATED));
    }

    /** Both parts' answers of 2026-03-02, counted by hand from the plan. */
    @Test
    void theDayOpenAtTheCutCountsTheAnswersOfBothParts() {
        long before = answersOf2March(INPUT.before);
        long after = answersOf2March(INPUT.after.stream()
                .filter(l -> l.time().isAfter(RestoreInput.CUT)).toList());
        JsonNode day = Rollups.latestByKey(restored(config.npsRollupsTopic()))
                .get("1d|overall|all|2026-03-02T00:00:00Z");
        assertEquals(before + after, day.get("responses").asLong());
        assertEquals(39, before);
    }

    private static long answersOf2March(List<RestoreInput.Line> lines) {
        return lines.stream().filter(l -> l.kind() == InputKind.FEEDBACK)
                .filter(l -> l.time().toString().startsWith("2026-03-02")).count();
    }

    @Test
    void rollupsOfWindowsOpenAtTheCutOrLaterEqualTheBackfill() throws Exception {
        for (String topic : List.of(config.npsRollupsTopic(), config.reviewRollupsTopic(),
                config.driverRollupsTopic(), config.retention().rollupsTopic())) {
            Map<String, String> expected = withoutRevision(backfill(topic),
                    r -> instant(r.get("window_end")).isAfter(OPEN_AT_CUT));
            // a backfill knows nothing after its last event, while the drain's end of event
            // time ends every customer's activity: retention windows after it are left out
            boolean retention = topic.equals(config.retention().rollupsTopic());
            Map<String, String> actual = withoutRevision(restored(topic), r -> !retention
                    || !instant(r.get("window_end")).minusMillis(1).isAfter(RestoreInput.END));
            assertTrue(expected.keySet().stream().anyMatch(k -> k.contains("2026-03-02T00:00:00Z")),
                    topic + ": the day open at the cut");
            assertEquals(expected.keySet(), actual.keySet(), () -> topic + ": missing "
                    + difference(expected.keySet(), actual.keySet()) + ", not expected "
                    + difference(actual.keySet(), expected.keySet()));
            expected.forEach((key, rollup) -> assertEquals(rollup, actual.get(key), key));
        }
    }

    @Test
    void customerSignalsAfterTheCutEqualTheBackfill() throws Exception {
        Predicate<JsonNode> afterTheCut = s -> instant(s.get("timestamp")).isAfter(RestoreInput.CUT)
                && !instant(s.get("timestamp")).isAfter(RestoreInput.END);
        List<String> expected = sorted(backfill(config.retention().signalsTopic()), afterTheCut);
        assertTrue(!expected.isEmpty());
        assertEquals(expected, sorted(restored(config.retention().signalsTopic()), afterTheCut));
    }

    @Test
    void theKeyAccountTurningDetractorAlertsAsInTheBackfill() throws Exception {
        Predicate<JsonNode> keyAccount = a -> a.get("alert_id").asText().equals("key-account:customer:C1")
                && !instant(a.get("last_seen")).isAfter(RestoreInput.END);
        List<String> expected = sorted(backfill(config.alerts().topic()), keyAccount);
        assertTrue(!expected.isEmpty(), "the plan's key-account alert");
        assertEquals(expected, sorted(restored(config.alerts().topic()), keyAccount));
    }

    @Test
    void alertsAfterTheCutEqualTheBackfill() throws Exception {
        Predicate<JsonNode> afterTheCut = a -> !a.get("status").asText().equals("resolved")
                && instant(a.get("last_seen")).isAfter(RestoreInput.CUT)
                && !instant(a.get("last_seen")).isAfter(RestoreInput.END);
        assertEquals(sorted(backfill(config.alerts().topic()), afterTheCut),
                sorted(restored(config.alerts().topic()), afterTheCut));
    }

    private static java.util.Set<String> difference(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> rest = new java.util.TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static List<JsonNode> restored(String topic) {
        return OutputReader.values(config.bootstrapServers(), topic);
    }

    private static List<JsonNode> backfill(String topic) throws Exception {
        return Files.readAllLines(backfill.resolve(topic + ".jsonl")).stream()
                .map(l -> OutputReader.parse(l.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static Map<String, String> withoutRevision(List<JsonNode> rollups,
            Predicate<JsonNode> kept) {
        Map<String, String> plain = new TreeMap<>();
        Rollups.latestByKey(rollups.stream().filter(kept).toList()).forEach((key, r) -> {
            ObjectNode copy = r.deepCopy();
            copy.remove("revision");
            plain.put(key, copy.toString());
        });
        return plain;
    }

    /** As sorted JSON lines, without the wall-clock time alerts carry. */
    private static List<String> sorted(List<JsonNode> records, Predicate<JsonNode> kept) {
        return records.stream().filter(kept).map(r -> {
            ObjectNode copy = r.deepCopy();
            copy.remove("detected_at");
            return copy.toString();
        }).sorted().toList();
    }

    private static Instant instant(JsonNode text) {
        return Instant.parse(text.asText());
    }
}
