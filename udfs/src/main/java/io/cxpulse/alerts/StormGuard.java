package io.cxpulse.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per rule, at most {@code maxOpensPerHour} alerts open within one event-time hour; further
 * opens are held back, with their updates and resolution, and one summary alert opens instead.
 * The summary resolves when the hour ends, saying how many were held back.
 */
public final class StormGuard {
    public static final long HOUR = 3_600_000L;

    /** The ids of held-back alerts, kept by the caller (keyed state in Flink). */
    public interface Held {
        boolean contains(String alertId) throws Exception;

        void add(String alertId) throws Exception;

        void remove(String alertId) throws Exception;
    }

    private final String rule;
    private final int maxOpensPerHour;

    public StormGuard(String rule, int maxOpensPerHour) {
        this.rule = rule;
        this.maxOpensPerHour = maxOpensPerHour;
    }

    /** The records to pass on for one alert, in order. */
    public List<Alert> accept(StormState s, Alert a, Held held) throws Exception {
        List<Alert> out = new ArrayList<>();
        if (!a.status().equals(Alert.OPEN)) {
            if (held.contains(a.alertId())) {
                if (a.status().equals(Alert.RESOLVED)) {
                    held.remove(a.alertId());
                }
            } else {
                out.add(a);
            }
            return out;
        }
        long hour = Math.floorDiv(a.firstSeen(), HOUR) * HOUR;
        if (hour > s.hourStart) {
            Alert summary = endOfHour(s);
            if (summary != null) {
                out.add(summary);
            }
            s.hourStart = hour;
            s.opens = 0;
            s.held = 0;
        }
        if (s.opens < maxOpensPerHour) {
            s.opens++;
            out.add(a);
            return out;
        }
        held.add(a.alertId());
        s.held++;
        s.lastHeld = a.firstSeen();
        if (!s.summaryOpen) {
            s.summaryOpen = true;
            s.severity = a.severity();
            s.firstHeld = a.firstSeen();
            out.add(summary(s, Alert.OPEN, 1, String.format(Locale.ROOT,
                    "Alert storm: more than %d %s alerts opened in the hour from %s; further ones"
                            + " are held back until the hour ends, look at the dashboard.",
                    maxOpensPerHour, rule, Instant.ofEpochMilli(s.hourStart))));
        }
        return out;
    }

    /** When the summary of the current hour resolves. */
    public long hourEnd(StormState s) {
        return s.hourStart + HOUR;
    }

    /** Resolves the hour's summary, if there is one. */
    public Alert endOfHour(StormState s) {
        if (!s.summaryOpen) {
            return null;
        }
        s.summaryOpen = false;
        return summary(s, Alert.RESOLVED, 2, String.format(Locale.ROOT,
                "Resolved: the %s alert storm of the hour from %s held back %d alerts beyond the"
                        + " first %d.",
                rule, Instant.ofEpochMilli(s.hourStart), s.held, maxOpensPerHour));
    }

    private Alert summary(StormState s, String status, int sequence, String message) {
        Subject subject = new Subject(Subject.RULE, rule, rule + " alerts", false);
        return new Alert(Alert.idOf(rule, subject), rule, s.severity, status, subject, "1h",
                s.hourStart, s.hourStart + HOUR, s.opens + s.held, null,
                (double) maxOpensPerHour, message, new Evidence[0], s.firstHeld, s.lastHeld,
                s.held, sequence, 0L);
    }
}
