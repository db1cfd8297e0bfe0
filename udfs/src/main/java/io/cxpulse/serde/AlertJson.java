package io.cxpulse.serde;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.Evidence;

/** The JSON layout of {@code cx.alerts}, as in {@code docs/schemas/cx.alerts.schema.json}. */
public final class AlertJson {
    private AlertJson() {}

    public static ObjectNode alert(OutputJson json, Alert a) {
        ObjectNode node = json.createObject();
        node.put("alert_id", a.alertId());
        node.put("rule", a.rule());
        node.put("severity", a.severity());
        node.put("status", a.status());
        ObjectNode subject = node.putObject("subject");
        subject.put("kind", a.subject().kind());
        subject.put("id", a.subject().id());
        subject.put("name", a.subject().name());
        subject.put("key_account", a.subject().keyAccount());
        ObjectNode window = node.putObject("window");
        window.put("size", a.window());
        window.put("start", Timestamps.format(a.windowStart()));
        window.put("end", Timestamps.format(a.windowEnd()));
        node.put("observed", round(a.observed()));
        putNumber(node, "baseline", a.baseline());
        putNumber(node, "threshold", a.threshold());
        node.put("message", a.message());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : a.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("event_id", e.eventId());
            item.put("text", e.text());
            ArrayNode terms = item.putArray("terms");
            for (String t : e.terms()) {
                terms.add(t);
            }
        }
        node.put("first_seen", Timestamps.format(a.firstSeen()));
        node.put("last_seen", Timestamps.format(a.lastSeen()));
        node.put("count", a.count());
        node.put("sequence", a.sequence());
        node.put("runbook", a.runbook());
        node.put("detected_at", Timestamps.format(a.detectedAt()));
        return node;
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, round(value));
        }
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
