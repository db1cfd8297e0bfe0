package io.cxpulse.alerts;

/**
 * What one customer said or did that the customer rules judge: a survey response, a review, or
 * a retention signal. This is the extension point for retention: a job that detects at-risk or
 * silently churning customers emits {@link #AT_RISK} or {@link #SILENT_CHURN_RISK} inputs.
 *
 * @param customerId the customer, or null for an anonymous review
 * @param time event time, epoch ms
 * @param keyAccount true when the customer is a key account at that time, as {@link
 *     io.cxpulse.accounts.KeyAccounts} decides it
 * @param signal {@link #RESPONSE}, {@link #REVIEW}, {@link #AT_RISK} or {@link #SILENT_CHURN_RISK}
 * @param nps the answer 0-10 of a response, or -1
 * @param negative the text's sentiment is negative (or a review gave 1-2 stars)
 * @param intents intents found in the text ({@code churn}, {@code escalation}, {@code refund})
 * @param detail for retention signals, why (one sentence); otherwise null
 * @param evidence the text, or null without one
 */
public record CustomerAlertInput(
        String customerId,
        long time,
        boolean keyAccount,
        String signal,
        int nps,
        boolean negative,
        String[] intents,
        String detail,
        Evidence evidence) {

    public static final String RESPONSE = "response";
    public static final String REVIEW = "review";
    public static final String AT_RISK = "at_risk";
    public static final String SILENT_CHURN_RISK = "silent_churn_risk";
    /** Retention saw the customer active again after it was at risk. */
    public static final String REACTIVATED = "reactivated";

    /** The same input, its customer a key account at its time or not. */
    public CustomerAlertInput withKeyAccount(boolean isKeyAccount) {
        return isKeyAccount == keyAccount ? this : new CustomerAlertInput(customerId, time,
                isKeyAccount, signal, nps, negative, intents, detail, evidence);
    }

    public boolean hasIntent(String intent) {
        for (String i : intents) {
            if (i.equals(intent)) {
                return true;
            }
        }
        return false;
    }
}
