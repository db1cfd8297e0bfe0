package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of the NPS drop rule: rollups of windows of {@code window} are compared with the
 * pooled responses of the segment's previous {@code baselineWindows} windows.
 *
 * @param minResponses both the window and the baseline need this many responses
 * @param minDrop a drop must also be at least this many NPS points
 * @param noiseFactor the combined 95% half-widths are multiplied by this (1.5 puts the limit
 *     near 3 sigma, as control charts do; repeat answers of one customer make NPS noisier than
 *     independent answers)
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
