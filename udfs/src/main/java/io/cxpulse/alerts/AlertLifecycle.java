package io.cxpulse.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One alert per rule and subject while its condition lasts: the first firing verdict opens it,
 * later ones count and become an update at most once per cooldown, and it resolves when a rule
 * says the condition cleared or nothing fired for the rule's clear-after time. All times are
 * event times, so a replay from a checkpoint makes the same records with the same sequence.
 */
public final class AlertLifecycle {
    private final String rule;
    private final long cooldownMillis;
    private final long clearAfterMillis;

    public AlertLifecycle(String rule, long cooldownMillis, long clearAfterMillis) {
        this.rule = rule;
        this.cooldownMillis = cooldownMillis;
        this.clearAfterMillis = clearAfterMillis;
    }

    /** Applies a verdict; returns the record to emit, or null. */
    public Alert onVerdict(Episode e, Verdict v) {
        if (v.firing()) {
            if (!e.open) {
                e.open = true;
                e.firstSeen = v.time();
                e.lastSeen = v.time();
                e.count = 1;
                e.sequence = 1;
                e.evidence = new Evidence[0];
                take(e, v);
                e.lastEmitted = v.time();
                return alert(e, Alert.OPEN);
            }
            e.count++;
            e.lastSeen = Math.max(e.lastSeen, v.time());
            take(e, v);
            if (v.time() - e.lastEmitted >= cooldownMillis) {
                e.lastEmitted = v.time();
                e.sequence++;
                return alert(e, Alert.UPDATE);
            }
            return null;
        }
        if (Verdict.CLEAR.equals(v.state()) && e.open) {
            return resolve(e);
        }
        return null;
    }

    /** When the open alert resolves unless something fires again. */
    public long resolveAt(Episode e) {
        return e.lastSeen + clearAfterMillis;
    }

    /** Resolves the alert if its time has come; returns the record to emit, or null. */
    public Alert onTime(Episode e, long time) {
        if (!e.open || time < resolveAt(e)) {
            return null;
        }
        return resolve(e);
    }

    private Alert resolve(Episode e) {
        e.open = false;
        e.sequence++;
        e.message = "Resolved: " + e.message;
        return alert(e, Alert.RESOLVED);
    }

    private static void take(Episode e, Verdict v) {
        e.subject = v.subject();
        e.severity = v.severity();
        e.window = v.window();
        e.windowStart = v.windowStart();
        e.windowEnd = v.windowEnd();
        e.observed = v.observed();
        e.baseline = v.baseline();
        e.threshold = v.threshold();
        e.message = v.message();
        if (v.evidence() != null) {
            List<Evidence> kept = new ArrayList<>(List.of(e.evidence));
            kept.add(v.evidence());
            kept.sort(Comparator.comparingDouble(Evidence::score));
            e.evidence = kept.subList(0, Math.min(Evidence.MAX_PER_ALERT, kept.size()))
                    .toArray(new Evidence[0]);
        }
    }

    private Alert alert(Episode e, String status) {
        return new Alert(Alert.idOf(rule, e.subject), rule, e.severity, status, e.subject,
                e.window, e.windowStart, e.windowEnd, e.observed, e.baseline, e.threshold,
                e.message, e.evidence, e.firstSeen, e.lastSeen, e.count, e.sequence, 0L);
    }
}
