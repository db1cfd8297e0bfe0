package io.cxpulse.jobs.scenarios;

import java.time.Instant;

/**
 * An incident a history hides and the alert it must raise: its {@code alert_id}, and the event
 * time its open record must carry ({@code last_seen}: the match that opened it, or the end of
 * the NPS window judged), from {@code from} to {@code until}, both inclusive. An update record
 * in that time counts too: the alert was already open, from an earlier bad day of the same
 * subject, and the incident kept it firing, which is what the person on call sees.
 */
public record PlantedIncident(IncidentKind kind, long seed, String alertId, long from,
        long until, String what) {

    public boolean openedBy(OpenedAlert a) {
        return a.alertId().equals(alertId) && a.time() >= from && a.time() <= until;
    }

    @Override
    public String toString() {
        return kind + " seed " + seed + ": " + alertId + " opening in [" + Instant.ofEpochMilli(from)
                + ", " + Instant.ofEpochMilli(until) + "]: " + what;
    }
}
