package io.cxpulse.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.ComplaintClusterRule;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.KeyAccountRule;
import io.cxpulse.alerts.NpsDropRule;
import io.cxpulse.alerts.ReputationSurgeRule;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.demo.Rollups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A streaming run's outputs against a backfill of the same input. A streaming run that reaches
 * the end of its input reads it as silence, while a backfill knows nothing after its last event:
 * retention rollups of days after it, and signals and alerts dated after it, are left out.
 * Alerts leave through an at-least-once sink, so a record repeated after a restart counts once.
 */
public final class BackfillComparison {
    private BackfillComparison() {}

    /**
     * @param streaming the records a topic holds after the streaming run, read_committed
     * @param backfill the backfill's output folder
     * @param lastEvent the input's newest event time
     */
    public static void assertSameResults(Function<String, List<JsonNode>> streaming,
            Path backfill, JobConfig config, Instant lastEvent) throws IOException {
        assertSameRollupsAndSignals(streaming, backfill, config, lastEvent);
        String alerts = config.alerts().topic();
        assertEquals(settledAlerts(streaming.apply(alerts), config, lastEvent),
                withoutDetectedAt(readLines(backfill, alerts)), alerts);
    }

    /** Every rollup topic and the customer signals: as {@link #assertSameResults}. */
    public static void assertSameRollupsAndSignals(Function<String, List<JsonNode>> streaming,
            Path backfill, JobConfig config, Instant lastEvent) throws IOException {
        for (String topic : List.of(config.npsRollupsTopic(), config.reviewRollupsTopic(),
                config.driverRollupsTopic())) {
            assertSameRollups(latestWithoutRevision(streaming.apply(topic)),
                    latestWithoutRevision(readLines(backfill, topic)));
        }
        String retention = config.retention().rollupsTopic();
        assertSameRollups(latestWithoutRevision(streaming.apply(retention).stream()
                        .filter(r -> !instant(r.get("window_end")).minusMillis(1).isAfter(lastEvent))
                        .toList()),
                latestWithoutRevision(readLines(backfill, retention)));
        String signals = config.retention().signalsTopic();
        assertEquals(sorted(streaming.apply(signals).stream()
                        .filter(s -> !instant(s.get("timestamp")).isAfter(lastEvent)).toList()),
                sorted(readLines(backfill, signals)), signals);
    }

    /**
     * Alerts first seen by the input's last event, but for resolutions of an episode still open
     * then, as sorted distinct JSON lines without the wall-clock time they were detected at.
     */
    public static List<String> settledAlerts(List<JsonNode> alerts, JobConfig config,
            Instant lastEvent) {
        return withoutDetectedAt(alerts.stream()
                .filter(a -> !instant(a.get("first_seen")).isAfter(lastEvent))
                .filter(a -> !resolvedAfter(a, lastEvent, config.alerts()))
                .toList());
    }

    public static List<JsonNode> readLines(Path output, String topic) throws IOException {
        return Files.readAllLines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(l -> OutputReader.parse(l.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    public static Instant instant(JsonNode text) {
        return Instant.parse(text.asText());
    }

    /** A resolution because nothing fired for the rule's clear-after time, due after the time. */
    private static boolean resolvedAfter(JsonNode alert, Instant time, AlertSettings s) {
        long clearAfter = clearAfterMillis(alert.get("rule").asText(), s);
        return alert.get("status").asText().equals("resolved")
                && instant(alert.get("last_seen")).plusMillis(clearAfter).isAfter(time);
    }

    /** How long a rule waits without firing before it resolves an alert. */
    public static long clearAfterMillis(String rule, AlertSettings s) {
        Map<String, AlertRule<?, ?>> rules = Map.of(
                "reputation-surge", new ReputationSurgeRule(s.reputationSurge()),
                "complaint-cluster", new ComplaintClusterRule(s.complaintCluster()),
                "nps-drop", new NpsDropRule(s.npsDrop()),
                "key-account", new KeyAccountRule(s.keyAccount()),
                "escalation", new EscalationRule(s.escalation()));
        return rules.get(rule).clearAfterMillis();
    }

    private static void assertSameRollups(Map<String, String> streaming, Map<String, String> batch) {
        assertEquals(new TreeSet<>(streaming.keySet()), new TreeSet<>(batch.keySet()));
        streaming.forEach((key, value) -> assertEquals(value, batch.get(key), key));
    }

    private static Map<String, String> latestWithoutRevision(List<JsonNode> rollups) {
        Map<String, String> plain = new HashMap<>();
        Rollups.latestByKey(rollups).forEach((k, v) -> {
            ObjectNode copy = v.deepCopy();
            copy.remove("revision");
            plain.put(k, copy.toString());
        });
        return plain;
    }

    /** Records as sorted JSON lines, for comparing runs whose output order differs. */
    private static List<String> sorted(List<JsonNode> records) {
        return records.stream().map(JsonNode::toString).sorted().toList();
    }

    /** Alerts as sorted distinct JSON lines without the wall-clock time they were detected at. */
    private static List<String> withoutDetectedAt(List<JsonNode> alerts) {
        return alerts.stream().map(a -> {
            ObjectNode copy = a.deepCopy();
            copy.remove("detected_at");
            return copy.toString();
        }).distinct().sorted().toList();
    }
}
