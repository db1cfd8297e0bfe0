package io.cxpulse.accounts;

/**
 * What makes a customer a key account, decided here only: the account's tier is {@code key},
 * or the customer is in the Pareto set of the most valuable accounts
 * ({@code key-accounts.pareto-share}). Per-customer retention state and the alert rules' inputs
 * both ask this one method, so a customer is a key account on both sides or on neither.
 */
public final class KeyAccounts {

    /** The tier of key accounts in {@code cx.accounts}. */
    public static final String KEY_TIER = "key";

    private KeyAccounts() {}

    /**
     * @param tier the account's tier, or null (or {@code unknown}) without an account record
     * @param paretoMember whether the customer is in the Pareto set at that time
     */
    public static boolean isKeyAccount(String tier, boolean paretoMember) {
        return KEY_TIER.equals(tier) || paretoMember;
    }
}
