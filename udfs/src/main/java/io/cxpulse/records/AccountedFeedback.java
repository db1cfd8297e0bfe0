package io.cxpulse.records;

import io.cxpulse.accounts.AccountHistory;
import io.cxpulse.accounts.KeyAccounts;

/**
 * A scored survey response with the account of its customer as it was when the response was
 * given: its tier, whether it was in the Pareto set of key accounts, and the weight of the
 * response in value-weighted NPS.
 *
 * @param tier the account's tier, or {@code unknown} when the customer has no account record
 * @param weight the account's annual value, or 1 when unknown
 * @param paretoKeyAccount whether the customer was in the Pareto set of key accounts
 */
public record AccountedFeedback(ScoredFeedback scored, String tier, double weight,
        boolean paretoKeyAccount) {

    public static final String UNKNOWN_TIER = AccountHistory.UNKNOWN_TIER;

    /** A response whose customer is not in the Pareto set. */
    public AccountedFeedback(ScoredFeedback scored, String tier, double weight) {
        this(scored, tier, weight, false);
    }

    /**
     * A response with its customer's account as of its time: tier {@code unknown} and weight 1
     * without one.
     *
     * @param history the customer's account history, or null when none
     */
    public static AccountedFeedback of(ScoredFeedback scored, AccountHistory history) {
        long time = scored.event().timestamp();
        if (history == null) {
            return new AccountedFeedback(scored, UNKNOWN_TIER, 1.0, false);
        }
        return new AccountedFeedback(scored, history.tierAt(time), history.weightAt(time),
                history.paretoMemberAt(time));
    }

    /** Whether the customer was a key account when answering ({@link KeyAccounts}). */
    public boolean keyAccount() {
        return KeyAccounts.isKeyAccount(tier, paretoKeyAccount);
    }

    /** The value of a segment dimension, {@code tier} included, or null when not carried. */
    public String dimension(String name) {
        return "tier".equals(name) ? tier : scored.event().dimension(name);
    }
}
