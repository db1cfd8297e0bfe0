package io.cxpulse.alerts;

/**
 * Rule 2: negative reviews and survey comments about one aspect (billing, support...) per
 * product, in a sliding window, against that subject's own trailing rate.
 */
public final class ComplaintClusterRule extends CountRule {
    public ComplaintClusterRule(CountRuleSettings settings) {
        super(AlertSettings.COMPLAINT_CLUSTER, settings);
    }

    @Override
    protected String message(Subject subject, long observed, double expected, long threshold) {
        return String.format(java.util.Locale.ROOT,
                "Cluster of %s: %d negative reviews and comments in the last %s where about %.1f"
                        + " are usual (alert from %d).",
                subject.name(), observed, CountRuleSettings.label(settings.window()), expected,
                threshold);
    }
}
