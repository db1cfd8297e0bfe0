package io.cxpulse.functions;

import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.ScoredReview;
import java.time.Duration;

/**
 * Gives each review with a customer id the account of its customer as of the review's event
 * time ({@link AccountJoin}), so that a key account's review reaches the key-account rule as its
 * survey answers do. Reviews without a customer id stay anonymous.
 */
public class JoinReviewAccounts extends AccountJoin<ScoredReview, AccountedReview> {

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "join-review-accounts";

    public JoinReviewAccounts(Duration accountTtl) {
        super(accountTtl, ScoredReview.class, "waiting-reviews", OPERATOR, "review");
    }

    /** The join key of a review. */
    public static String keyOf(ScoredReview review) {
        String id = review.event().customerId();
        return id == null ? NO_CUSTOMER : id;
    }

    @Override
    protected long timeOf(ScoredReview review) {
        return review.event().timestamp();
    }

    @Override
    protected AccountedReview accounted(ScoredReview review, String tier, double weight,
            boolean paretoMember) {
        return new AccountedReview(review, tier, paretoMember);
    }
}
