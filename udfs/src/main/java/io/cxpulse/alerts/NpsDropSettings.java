package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of the NPS drop rule: rollups of windows of {@code window} are compared with the
 * pooled responses of the segment's previous {@code baselineWindows} windows.
 *
 * @param minResponses both the window and the baseline need this many responses: enough for an
 *     adjusted-Wald interval, not a volume gate (significance decides)
 * @param minDrop a drop must also be at least this many NPS points: large segments have tiny
 *     intervals, and their mix drifts from day to day by more than sampling explains
 * @param noiseFactor the combined 95% half-widths are multiplied by this (1.7 puts the limit at
 *     3.3 sigma, a one-sided false-alarm rate near 1 in 2,000 judgements for normal estimates;
 *     small windows have heavier tails). The defaults were chosen on the seeded scenarios of
 *     {@code NpsDropScenarioTest}; docs/topics.md says how
 */
public record NpsDropSettings(
        boolean enabled,
        String severity,
        Duration window,
        int baselineWindows,
        long minResponses,
        double minDrop,
        double noiseFactor) implements Serializable {

    static NpsDropSettings read(SettingsReader r, NpsDropSettings d) {
        String p = AlertSettings.PREFIX + "nps-drop.";
        return new NpsDropSettings(
                r.bool(p + "enabled", d.enabled),
                r.severity(p + "severity", d.severity),
                r.duration(p + "window", CountRuleSettings.label(d.window)),
                (int) r.whole(p + "baseline-windows", d.baselineWindows, 1),
                r.whole(p + "min-responses", d.minResponses, 1),
                r.number(p + "min-drop", d.minDrop, 0, 200),
                r.number(p + "noise-factor", d.noiseFactor, 0.1, 10));
    }
}
