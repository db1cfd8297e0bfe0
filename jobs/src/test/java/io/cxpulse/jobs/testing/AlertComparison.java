package io.cxpulse.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Alerts of a streaming run compared with those of a backfill of the same input. The counting
 * rules (reputation-surge, complaint-cluster) learn their usual count from hourly exposures, and a
 * streaming run counts a record that reaches the counter after its hour was sent in the next hour
 * sent, where a backfill counts every record in its own hour: their baselines may then differ in
 * the second decimal, and a threshold by one. Every other field, and every other rule's alert,
 * must be equal.
 */
public final class AlertComparison {
    private static final Set<String> COUNTING_RULES = Set.of("reputation-surge", "complaint-cluster");
    private static final Set<String> LEARNED = Set.of("baseline", "threshold", "message");

    private AlertComparison() {}

    /** @param expected and {@code actual}: alerts as JSON lines */
    public static void assertSameAlerts(List<String> expected, List<String> actual) {
        List<String> e = sortedByFixedFields(expected);
        List<String> a = sortedByFixedFields(actual);
        assertEquals(e.stream().map(AlertComparison::withoutLearned).toList(),
                a.stream().map(AlertComparison::withoutLearned).toList());
        for (int i = 0; i < e.size(); i++) {
            JsonNode backfill = parse(e.get(i));
            JsonNode streaming = parse(a.get(i));
            if (!COUNTING_RULES.contains(backfill.get("rule").asText())) {
                assertEquals(e.get(i), a.get(i));
                continue;
            }
            double eb = backfill.get("baseline").asDouble();
            double ab = streaming.get("baseline").asDouble();
            assertTrue(Math.abs(eb - ab) <= Math.max(0.05, 0.02 * Math.abs(eb)),
                    "baseline " + ab + " where a backfill has " + eb + ": " + a.get(i));
            assertTrue(Math.abs(backfill.get("threshold").asDouble()
                            - streaming.get("threshold").asDouble()) <= 1,
                    "threshold of " + a.get(i) + " where a backfill has " + e.get(i));
        }
    }

    private static List<String> sortedByFixedFields(List<String> alerts) {
        return alerts.stream()
                .sorted(Comparator.comparing(AlertComparison::withoutLearned)).toList();
    }

    private static JsonNode parse(String line) {
        return OutputReader.parse(line.getBytes(StandardCharsets.UTF_8));
    }

    private static String withoutLearned(String line) {
        JsonNode alert = parse(line);
        if (COUNTING_RULES.contains(alert.get("rule").asText())) {
            ((ObjectNode) alert).remove(LEARNED);
        }
        return alert.toString();
    }
}
