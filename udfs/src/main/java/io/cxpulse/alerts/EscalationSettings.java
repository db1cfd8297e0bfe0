package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;

/** Settings of the escalation rule: any text with escalation intent, per customer. */
public record EscalationSettings(boolean enabled, String severity, Duration clearAfter)
        implements Serializable {

    static EscalationSettings read(SettingsReader r, EscalationSettings d) {
        String p = AlertSettings.PREFIX + "escalation.";
        return new EscalationSettings(
                r.bool(p + "enabled", d.enabled),
                r.severity(p + "severity", d.severity),
                r.duration(p + "clear-after", CountRuleSettings.label(d.clearAfter)));
    }
}
