package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of a counting rule (reputation surge, complaint cluster): matches in a sliding
 * {@code window}, advanced in {@code step}s, against the subject's own rate, an EWMA over about
 * {@code baseline}, blended with a prior from its parent worth {@code priorWeight} of history
 * ({@link CountRule}). It fires when the count is at least {@code minVolume}, at least
 * {@code minRatio} times the expected count, and a Poisson test at the expected count gives less
 * than {@code pValue}.
 *
 * @param maxRating reviews with this many stars or fewer count as negative, whatever their text
 */
public record CountRuleSettings(
        boolean enabled,
        String severity,
        Duration window,
        Duration step,
        Duration baseline,
        long minVolume,
        double pValue,
        Duration priorWeight,
        double minRatio,
        int maxRating) implements Serializable {

    static CountRuleSettings read(SettingsReader r, String rule, CountRuleSettings d) {
        String p = AlertSettings.PREFIX + rule + ".";
        CountRuleSettings s = new CountRuleSettings(
                r.bool(p + "enabled", d.enabled),
                r.severity(p + "severity", d.severity),
                r.duration(p + "window", label(d.window)),
                r.duration(p + "step", label(d.step)),
                r.duration(p + "baseline", label(d.baseline)),
                r.whole(p + "min-volume", d.minVolume, 1),
                r.number(p + "p-value", d.pValue, 1e-12, 0.5),
                r.duration(p + "prior-weight", label(d.priorWeight)),
                r.number(p + "min-ratio", d.minRatio, 1.0, 1e6),
                (int) r.whole(p + "max-rating", d.maxRating, 0));
        if (s.window.toMillis() % s.step.toMillis() != 0 || s.window.compareTo(s.step) < 0) {
            throw new IllegalArgumentException(p + "window must be a whole number of " + p + "step");
        }
        return s;
    }

    /** Buckets in one window. */
    public int slots() {
        return (int) (window.toMillis() / step.toMillis());
    }

    static String label(Duration d) {
        return d.toMillis() % 86_400_000L == 0 ? d.toDays() + "d"
                : d.toMillis() % 3_600_000L == 0 ? d.toHours() + "h"
                : d.toMillis() % 60_000L == 0 ? d.toMinutes() + "m"
                : d.toMillis() % 1000L == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
