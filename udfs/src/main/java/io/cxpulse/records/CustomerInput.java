package io.cxpulse.records;

import java.math.BigDecimal;

/**
 * One thing the job learns about a customer, from any input, in the one shape the per-customer
 * retention state consumes: an interaction, a survey answer with its account, an account record,
 * or a change of Pareto key-account membership. Fields a kind does not carry are null, 0 or false.
 *
 * @param kind {@link #ACCOUNT}, {@link #KEY_ACCOUNT}, {@link #INTERACTION} or {@link #FEEDBACK}
 * @param timestamp event time, epoch milliseconds
 * @param type the interaction type, for interactions
 * @param amount money spent, for purchases and renewals, else 0
 * @param nps the answer 0-10, for feedback, else -1
 * @param sentiment the comment's label, for feedback with a comment, else null
 * @param churnIntent whether the comment states an intent to leave
 * @param tier the account tier, for account records
 * @param annualValue the account's annual value, for account records
 * @param keyAccount for {@link #KEY_ACCOUNT}: whether the customer is now in the Pareto set
 */
public record CustomerInput(
        String kind,
        long timestamp,
        String eventId,
        String customerId,
        String type,
        double amount,
        String product,
        String region,
        int nps,
        String npsClass,
        String sentiment,
        double sentimentScore,
        boolean churnIntent,
        String tier,
        double annualValue,
        boolean keyAccount) {

    public static final String ACCOUNT = "account";
    public static final String KEY_ACCOUNT = "key_account";
    public static final String INTERACTION = "interaction";
    public static final String FEEDBACK = "feedback";

    public static CustomerInput interaction(InteractionEvent e) {
        return new CustomerInput(INTERACTION, e.timestamp(), e.eventId(), e.customerId(), e.type(),
                e.amount() == null ? 0.0 : e.amount().doubleValue(), e.product(), null, -1, null,
                null, 0.0, false, null, 0.0, false);
    }

    public static CustomerInput feedback(AccountedFeedback a) {
        FeedbackEvent e = a.scored().event();
        var s = a.scored().sentiment();
        boolean churn = false;
        if (s != null && s.intents() != null) {
            for (String intent : s.intents()) {
                churn |= io.cxpulse.sentiment.Sentiment.CHURN.equals(intent);
            }
        }
        return new CustomerInput(FEEDBACK, e.timestamp(), e.eventId(), e.customerId(), null, 0.0,
                e.product(), e.region(), e.nps(), a.scored().npsClass(),
                s == null ? null : s.label(), s == null ? 0.0 : s.score(), churn, null, 0.0, false);
    }

    public static CustomerInput account(AccountEvent e) {
        BigDecimal value = e.annualValue();
        return new CustomerInput(ACCOUNT, e.timestamp(), e.eventId(), e.customerId(), null, 0.0,
                null, null, -1, null, null, 0.0, false, e.tier(),
                value == null ? 0.0 : value.doubleValue(), false);
    }

    public static CustomerInput keyAccount(String customerId, long timestamp, boolean member) {
        return new CustomerInput(KEY_ACCOUNT, timestamp, "pareto@" + timestamp, customerId, null,
                0.0, null, null, -1, null, null, 0.0, false, null, 0.0, member);
    }

    /** The order of inputs at the same time: what is known of the account first, then deeds, then words. */
    public int rank() {
        return switch (kind) {
            case ACCOUNT -> 0;
            case KEY_ACCOUNT -> 1;
            case INTERACTION -> 2;
            default -> 3;
        };
    }
}
