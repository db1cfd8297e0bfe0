package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of the key-account rule. One answer, comment or review with churn or escalation
 * intent fires at once when {@code intentAlone} (the default), unless it comes with a passive's
 * or promoter's answer (7-10) or is a review of 3-5 stars without negative words; otherwise it
 * counts as a bad signal (escalation intent also alerts through the
 * escalation rule, flagged as a key account). Bad signals
 * (detractor answers, churn or escalation words, negative reviews) fire when at least
 * {@code minSignals} of them fall within {@code window} and make at least {@code minBadShare} of
 * the account's inputs since the first of them, and the
 * account's own answers before them (at least {@code minHistory} of them) averaged at least
 * {@code minBaselineScore}: a key account <em>turning</em> detractor, not one that always
 * grumbles. Set {@code minSignals} 1, {@code minBadShare} 0, {@code minBaselineScore} 0 and
 * {@code minHistory} 0 to alert on every detractor answer. A retention signal of silence (at
 * risk, or silent churn risk, from inactivity) fires when the account is still silent
 * {@code silenceGrace} later, unless retention saw it active again in between.
 */
public record KeyAccountSettings(
        boolean enabled,
        String severity,
        Duration window,
        int minSignals,
        double minBadShare,
        double minBaselineScore,
        int minHistory,
        boolean intentAlone,
        Duration clearAfter,
        Duration silenceGrace) implements Serializable {

    static KeyAccountSettings read(SettingsReader r, KeyAccountSettings d) {
        String p = AlertSettings.PREFIX + "key-account.";
        return new KeyAccountSettings(
                r.bool(p + "enabled", d.enabled),
                r.severity(p + "severity", d.severity),
                r.duration(p + "window", CountRuleSettings.label(d.window)),
                (int) r.whole(p + "min-signals", d.minSignals, 1),
                r.number(p + "min-bad-share", d.minBadShare, 0, 1),
                r.number(p + "min-baseline-score", d.minBaselineScore, 0, 10),
                (int) r.whole(p + "min-history", d.minHistory, 0),
                r.bool(p + "intent-alone", d.intentAlone),
                r.duration(p + "clear-after", CountRuleSettings.label(d.clearAfter)),
                r.duration(p + "silence-grace", CountRuleSettings.label(d.silenceGrace)));
    }
}
