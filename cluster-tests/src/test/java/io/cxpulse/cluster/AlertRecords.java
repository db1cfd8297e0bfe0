package io.cxpulse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.jobs.testing.BackfillComparison;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Alert records as a consumer keeps them: repeats dropped by alert_id, first_seen and sequence. */
final class AlertRecords {
    private AlertRecords() {}

    /** The dedup keys only the backfill has, and those only the streaming run has. */
    static String difference(Map<String, String> backfill, Map<String, String> streaming) {
        return "only in the backfill: " + new java.util.TreeSet<>(minus(backfill, streaming))
                + "; only in the streaming run: " + new java.util.TreeSet<>(minus(streaming, backfill))
                + "; different: " + backfill.keySet().stream()
                        .filter(k -> streaming.containsKey(k) && !streaming.get(k).equals(backfill.get(k)))
                        .sorted().toList();
    }

    private static java.util.Set<String> minus(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.removeAll(b.keySet());
        return keys;
    }

    /**
     * The distinct alert records decided before {@code cutoff}, by their dedup key, as JSON
     * without {@code detected_at}; repeats of a key must be equal but for {@code detected_at}.
     * A resolution is decided when the rule's clear-after time has passed since last_seen.
     */
    static Map<String, String> distinct(List<JsonNode> alerts, Instant cutoff, AlertSettings settings) {
        Map<String, String> byKey = new HashMap<>();
        for (JsonNode alert : alerts) {
            Instant decided = Outputs.instant(alert.path("last_seen"));
            if (alert.path("status").asText().equals("resolved")) {
                decided = decided.plusMillis(BackfillComparison.clearAfterMillis(
                        alert.path("rule").asText(), settings));
            }
            if (!decided.isBefore(cutoff)) {
                continue;
            }
            String key = alert.path("alert_id").asText() + "|" + alert.path("first_seen").asText()
                    + "|" + alert.path("sequence").asText();
            String value = Outputs.without(alert, "detected_at");
            String earlier = byKey.putIfAbsent(key, value);
            if (earlier != null) {
                assertEquals(earlier, value, "a repeated alert differs: " + key);
            }
        }
        return byKey;
    }
}
