package io.cxpulse.alerts;

/**
 * One record of {@code cx.alerts}: an alert opening, being updated or resolving.
 *
 * @param alertId stable for one rule and subject: {@code <rule>:<subject kind>:<subject id>}
 * @param severity {@code critical}, {@code warning} or {@code info}
 * @param status {@code open}, {@code update} or {@code resolved}
 * @param window size label of the window the rule judged, e.g. {@code 6h}
 * @param windowStart epoch ms, inclusive
 * @param windowEnd epoch ms, exclusive
 * @param baseline what was expected, or null when the rule has none
 * @param threshold the level the observation had to reach, or null
 * @param firstSeen event time of the first match of this episode, epoch ms
 * @param lastSeen event time of the latest match, epoch ms
 * @param count matches in this episode so far
 * @param sequence 1 for the open record, then 2, 3... for each record of the same episode;
 *     with {@code alertId} a dedup key
 * @param detectedAt wall-clock time the record was made, epoch ms
 */
public record Alert(
        String alertId,
        String rule,
        String severity,
        String status,
        Subject subject,
        String window,
        long windowStart,
        long windowEnd,
        double observed,
        Double baseline,
        Double threshold,
        String message,
        Evidence[] evidence,
        long firstSeen,
        long lastSeen,
        long count,
        int sequence,
        long detectedAt) {

    public static final String OPEN = "open";
    public static final String UPDATE = "update";
    public static final String RESOLVED = "resolved";

    public static final String CRITICAL = "critical";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    public static String idOf(String rule, Subject subject) {
        return rule + ':' + subject.kind() + ':' + subject.id();
    }

    /** The runbook of a rule, relative to the repository root. */
    public static String runbookOf(String rule) {
        return "docs/runbooks/" + rule + ".md";
    }

    public String runbook() {
        return runbookOf(rule);
    }

    public Alert withDetectedAt(long time) {
        return new Alert(alertId, rule, severity, status, subject, window, windowStart, windowEnd,
                observed, baseline, threshold, message, evidence, firstSeen, lastSeen, count,
                sequence, time);
    }
}
