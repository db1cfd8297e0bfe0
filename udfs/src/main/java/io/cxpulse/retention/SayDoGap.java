package io.cxpulse.retention;

/**
 * The gap between what a customer says and what they do (see docs/topics.md):
 * <ul>
 *   <li><b>silent churn risk</b>: the customer says they are fine (the latest NPS answer is
 *       promoter or passive, or, without an answer, the latest comment is positive; and that
 *       comment states no intent to leave), yet they are at risk or churned;
 *   <li><b>loyal critic</b>: the customer complains (the latest answer is a detractor's or the
 *       latest comment is negative), yet stays active and keeps buying: at least
 *       {@code min-purchases} purchases or renewals in the lookback, and spend in its later half
 *       at least {@code min-spend-ratio} of the earlier half's.
 * </ul>
 * Pure functions of {@link CustomerState}.
 */
public final class SayDoGap {
    private SayDoGap() {}

    public static boolean saysPositive(CustomerState s) {
        if (s.churnIntent) {
            return false;
        }
        if (s.lastNpsClass != null) {
            return "promoter".equals(s.lastNpsClass) || "passive".equals(s.lastNpsClass);
        }
        return "positive".equals(s.lastSentiment);
    }

    public static boolean saysNegative(CustomerState s) {
        return "detractor".equals(s.lastNpsClass) || "negative".equals(s.lastSentiment);
    }

    public static boolean silentChurnRisk(CustomerState s) {
        return saysPositive(s)
                && (CustomerState.AT_RISK.equals(s.status) || CustomerState.CHURNED.equals(s.status));
    }

    public static boolean loyalCritic(CustomerState s, long now, RetentionSettings settings) {
        return saysNegative(s) && CustomerState.ACTIVE.equals(s.status)
                && recentPurchases(s, now, settings) >= settings.loyalCriticMinPurchases()
                && steadySpend(s, now, settings);
    }

    /** Purchases and renewals within the lookback before now. */
    public static int recentPurchases(CustomerState s, long now, RetentionSettings settings) {
        long from = now - settings.loyalCriticLookback().toMillis();
        return RecentTimes.countUpTo(s.purchaseTimes, now)
                - RecentTimes.countUpTo(s.purchaseTimes, from);
    }

    public static double recentSpend(CustomerState s, long now, RetentionSettings settings) {
        return RecentTimes.sum(s.purchaseTimes, s.purchaseAmounts,
                now - settings.loyalCriticLookback().toMillis(), now);
    }

    /** Spend in the later half of the lookback compared with the earlier half. */
    static boolean steadySpend(CustomerState s, long now, RetentionSettings settings) {
        long lookback = settings.loyalCriticLookback().toMillis();
        double earlier = RecentTimes.sum(s.purchaseTimes, s.purchaseAmounts, now - lookback,
                now - lookback / 2);
        double later = RecentTimes.sum(s.purchaseTimes, s.purchaseAmounts, now - lookback / 2, now);
        return earlier == 0 || later >= settings.loyalCriticMinSpendRatio() * earlier;
    }
}
