package io.cxpulse.jobs.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.alerts.Alert;
import java.time.Instant;
import java.util.List;

/**
 * An alert's open or update record as the scenarios judge it, read from the job's
 * {@link Alert}s or from the {@code cx.alerts} topic.
 *
 * @param status {@code open} or {@code update}
 * @param time the record's {@code last_seen}, epoch ms: the match that opened or updated it
 */
public record OpenedAlert(String alertId, String rule, String status, String subjectId,
        long time, String message) {

    /** The open and update records among alerts, in their order. */
    public static List<OpenedAlert> of(List<Alert> alerts) {
        return alerts.stream().filter(a -> !a.status().equals(Alert.RESOLVED))
                .map(a -> new OpenedAlert(a.alertId(), a.rule(), a.status(), a.subject().id(),
                        a.lastSeen(), a.message()))
                .toList();
    }

    /** The same of records read from the alerts topic. */
    public static List<OpenedAlert> ofJson(List<JsonNode> alerts) {
        return alerts.stream().filter(a -> !a.get("status").asText().equals(Alert.RESOLVED))
                .map(a -> new OpenedAlert(a.get("alert_id").asText(), a.get("rule").asText(),
                        a.get("status").asText(), a.get("subject").get("id").asText(),
                        Instant.parse(a.get("last_seen").asText()).toEpochMilli(),
                        a.get("message").asText()))
                .toList();
    }

    public boolean opens() {
        return status.equals(Alert.OPEN);
    }

    @Override
    public String toString() {
        return status + " " + alertId + " at " + Instant.ofEpochMilli(time) + ": " + message;
    }
}
