package io.cxpulse.retention;

import io.cxpulse.records.CustomerSignal;
import java.util.Locale;

/** Builds a {@link CustomerSignal} from the customer's state: the reason and the numbers behind it. */
final class Evidence {
    private static final double DAY = 86_400_000.0;

    private Evidence() {}

    static CustomerSignal signal(CustomerState s, String signal, long now, String reason,
            RetentionSettings settings) {
        long typical = TypicalGap.median(s.gaps);
        return new CustomerSignal(
                s.customerId,
                signal,
                now,
                reason,
                s.keyAccount(),
                s.status,
                s.cause,
                s.tier,
                s.tier == null ? null : s.annualValue,
                s.lastActivity == CustomerState.NONE ? null : days(now - s.lastActivity),
                typical < 0 ? null : days(typical),
                days(TypicalGap.atRiskAfter(s, settings)),
                s.purchases,
                s.purchaseValue,
                SayDoGap.recentPurchases(s, now, settings),
                SayDoGap.recentSpend(s, now, settings),
                s.lastNps < 0 ? null : s.lastNps,
                s.lastNpsClass,
                s.lastSentiment == null ? null : s.lastSentimentScore,
                s.churnIntent,
                openTickets(s, now, settings));
    }

    static int openTickets(CustomerState s, long now, RetentionSettings settings) {
        return RecentTimes.countUpTo(s.ticketTimes, now)
                - RecentTimes.countUpTo(s.ticketTimes, now - settings.ticketOpenFor().toMillis());
    }

    static double days(long millis) {
        return millis / DAY;
    }

    /** Days with one decimal, for reasons in words. */
    static String d(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / DAY);
    }

    /** A rate as a percentage for reasons in words: 0.01 is "1%", 0.005 is "0.5%". */
    static String percent(double rate) {
        return java.math.BigDecimal.valueOf(rate * 100).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString() + "%";
    }

    static String said(CustomerState s) {
        if (s.lastNpsClass != null) {
            return "last answered " + s.lastNps + " (" + s.lastNpsClass + ")"
                    + (s.lastSentiment == null ? "" : " with a " + s.lastSentiment + " comment");
        }
        return s.lastSentiment == null ? "said nothing" : "last commented " + s.lastSentiment + "ly";
    }
}
