package io.cxpulse.functions;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.ScoredFeedback;
import java.time.Duration;

/**
 * Gives each survey response the account of its customer as of the response's event time
 * ({@link AccountJoin}): its tier, value and Pareto key-account membership, for value-weighted
 * NPS, the tier dimension, customer tracking and the key-account rule.
 */
public class JoinAccounts extends AccountJoin<ScoredFeedback, AccountedFeedback> {

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "join-accounts";

    public JoinAccounts(Duration accountTtl) {
        super(accountTtl, ScoredFeedback.class, "waiting-responses", OPERATOR, "response");
    }

    /** The join key of a response. */
    public static String keyOf(ScoredFeedback scored) {
        String id = scored.event().customerId();
        return id == null ? NO_CUSTOMER : id;
    }

    @Override
    protected long timeOf(ScoredFeedback response) {
        return response.event().timestamp();
    }

    @Override
    protected AccountedFeedback accounted(ScoredFeedback response, String tier, double weight,
            boolean paretoMember) {
        return new AccountedFeedback(response, tier, weight, paretoMember);
    }
}
