package io.cxpulse.records;

import io.cxpulse.accounts.KeyAccounts;

/**
 * A scored review with the account of its customer as it was when the review was written: its
 * tier and whether it was in the Pareto set of key accounts. A review without a customer id has
 * tier {@code unknown} and is no key account.
 *
 * @param tier the account's tier, or {@code unknown} without a customer id or account record
 * @param paretoKeyAccount whether the customer was in the Pareto set of key accounts
 */
public record AccountedReview(ScoredReview scored, String tier, boolean paretoKeyAccount) {

    /** A review without a customer: no account to join, no key account. */
    public static AccountedReview anonymous(ScoredReview scored) {
        return new AccountedReview(scored, AccountedFeedback.UNKNOWN_TIER, false);
    }

    /** Whether the review's customer was a key account when writing it ({@link KeyAccounts}). */
    public boolean keyAccount() {
        return scored.event().customerId() != null
                && KeyAccounts.isKeyAccount(tier, paretoKeyAccount);
    }
}
