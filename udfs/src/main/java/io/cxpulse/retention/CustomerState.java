package io.cxpulse.retention;

import io.cxpulse.accounts.KeyAccounts;

/**
 * What the job knows about one customer: what they did, what they said, their account, and
 * where they stand. A public-field POJO kept in keyed state, changed only by
 * {@link CustomerLifecycle}; times are epoch milliseconds, {@link #NONE} when unknown.
 */
public class CustomerState {

    public static final long NONE = Long.MIN_VALUE;

    /** Never active as far as the job knows: only account records or survey answers so far. */
    public static final String UNSEEN = "unseen";
    public static final String ACTIVE = "active";
    public static final String AT_RISK = "at_risk";
    public static final String CHURNED = "churned";

    public String customerId;
    public String status = UNSEEN;
    /** Why the customer is at risk or churned: inactivity, churn_intent, downgrade, cancellation. */
    public String cause;
    public long statusSince = NONE;

    public long firstSeen = NONE;
    /** The customer's first signup, or {@link #NONE}: a later signup does not make it new again. */
    public long signedUpAt = NONE;
    public long lastActivity = NONE;
    public long purchases;
    public double purchaseValue;
    /** The last gaps between activities, see {@link TypicalGap}. */
    public long[] gaps = new long[0];
    /**
     * The silence that makes this customer at risk as computed from {@link #gaps}, or
     * {@link #NONE} until computed again after they change ({@link TypicalGap#atRiskAfter}).
     */
    public long atRiskAfter = NONE;
    /** Purchases and renewals within the loyal-critic lookback, oldest first. */
    public long[] purchaseTimes = new long[0];
    public double[] purchaseAmounts = new double[0];
    /** The customer's latest downgrade, or {@link #NONE}: see {@link Downgrades}. */
    public long lastDowngrade = NONE;
    /** Support tickets within the open-for period, oldest first. */
    public long[] ticketTimes = new long[0];

    public int lastNps = -1;
    public String lastNpsClass;
    public long lastNpsAt = NONE;
    /** The label of the latest comment: positive, neutral, negative; null when none. */
    public String lastSentiment;
    public double lastSentimentScore;
    /** Whether the latest comment states an intent to leave. */
    public boolean churnIntent;

    public String tier;
    public double annualValue;
    public boolean paretoKey;
    public String product;
    public String region;

    public boolean silentChurnRisk;
    public boolean loyalCritic;
    /** When the last loyal-critic signal went out, so it repeats at most once per lookback. */
    public long loyalCriticAt = NONE;

    /** Start of the latest rollup window with activity. */
    public long activeWindow = NONE;
    /** When to count this customer as "active in the previous window" for retention. */
    public long previousActiveAt = NONE;
    /** Tier, product and region as counted in {@link #previousActiveAt}'s window, until used. */
    public String[] previousSegment;

    /** A key account: tier {@code key}, or in the Pareto set ({@link KeyAccounts}). */
    public boolean keyAccount() {
        return KeyAccounts.isKeyAccount(tier, paretoKey);
    }
}
