package io.cxpulse.records;

/**
 * A change in where a customer stands, for {@code cx.customer-signals}: what a CRM or a
 * customer-success person acts on, with the numbers behind it.
 *
 * @param signal {@code new}, {@code at_risk}, {@code churned}, {@code reactivated},
 *     {@code silent_churn_risk} or {@code loyal_critic}
 * @param timestamp event time of the change, epoch milliseconds
 * @param reason the change in words
 * @param status the customer's status after the change: active, at_risk, churned (or unseen)
 * @param cause why at risk or churned (inactivity, churn_intent, downgrade, cancellation), or null
 * @param annualValue the account's annual value, or null without an account record
 * @param daysSinceLastActivity days from the last activity to the signal, or null before any
 * @param typicalGapDays the customer's typical gap between activities in days, or null
 * @param atRiskAfterDays the silence in days that makes this customer at risk
 * @param recentPurchases purchases and renewals within the loyal-critic lookback
 * @param recentSpend their amounts
 * @param lastNps the latest survey answer 0-10, or null
 * @param lastSentiment the latest comment's sentiment score, or null
 * @param churnIntent whether the latest comment states an intent to leave
 * @param openTickets support tickets opened within the open-for period
 */
public record CustomerSignal(
        String customerId,
        String signal,
        long timestamp,
        String reason,
        boolean keyAccount,
        String status,
        String cause,
        String tier,
        Double annualValue,
        Double daysSinceLastActivity,
        Double typicalGapDays,
        double atRiskAfterDays,
        long purchases,
        double purchaseValue,
        int recentPurchases,
        double recentSpend,
        Integer lastNps,
        String lastNpsClass,
        Double lastSentiment,
        boolean churnIntent,
        int openTickets) {

    public static final String NEW = "new";
    public static final String AT_RISK = "at_risk";
    public static final String CHURNED = "churned";
    public static final String REACTIVATED = "reactivated";
    public static final String SILENT_CHURN_RISK = "silent_churn_risk";
    public static final String LOYAL_CRITIC = "loyal_critic";

    /** The Kafka key: the customer id, so that a customer's signals stay in order. */
    public String key() {
        return customerId;
    }
}
