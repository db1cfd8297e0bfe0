package io.cxpulse.alerts;

/**
 * Rule 1: negative reviews (few stars or negative text) per source and product, in a sliding
 * window, against that subject's own trailing rate.
 */
public final class ReputationSurgeRule extends CountRule {
    public ReputationSurgeRule(CountRuleSettings settings) {
        super(AlertSettings.REPUTATION_SURGE, settings);
    }

    @Override
    protected String message(Subject subject, long observed, double expected, long threshold) {
        return String.format(java.util.Locale.ROOT,
                "Surge of negative %s: %d in the last %s where about %.1f are usual (alert from %d).",
                subject.name(), observed, CountRuleSettings.label(settings.window()), expected,
                threshold);
    }
}
