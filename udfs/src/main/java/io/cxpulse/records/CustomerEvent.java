package io.cxpulse.records;

import io.cxpulse.alerts.CustomerAlertInput;

/**
 * One input of the per-customer operator, in the compact shape it waits in: exactly one of
 * {@code input} (an account record, a Pareto membership change or an interaction),
 * {@code response} (a survey response, which leaves the operator with its account) or
 * {@code review} (a review, only as the customer rules read it) is set. Its order among the
 * customer's inputs, (time, rank, id), is computed once here, so the operator sorts without
 * looking into the payload.
 *
 * @param time event time, epoch milliseconds
 * @param rank the order of kinds at the same time: the account first, then deeds, then words
 * @param id the event id, for a fixed order of inputs of the same time and kind
 */
public record CustomerEvent(String customerId, long time, int rank, String id,
        CustomerInput input, ScoredFeedback response, CustomerAlertInput review) {

    /** The rank of survey responses; of account records, memberships and interactions see {@link CustomerInput#rank}. */
    public static final int RESPONSE_RANK = 3;
    public static final int REVIEW_RANK = 4;

    /** An account record, a Pareto membership change or an interaction. */
    public static CustomerEvent of(CustomerInput in) {
        return new CustomerEvent(in.customerId(), in.timestamp(), in.rank(), in.eventId(), in,
                null, null);
    }

    /** A survey response with a customer id. */
    public static CustomerEvent of(ScoredFeedback response) {
        FeedbackEvent e = response.event();
        return new CustomerEvent(e.customerId(), e.timestamp(), RESPONSE_RANK, e.eventId(), null,
                response, null);
    }

    /** A review with a customer id, as the customer rules read it. */
    public static CustomerEvent of(CustomerAlertInput review) {
        return new CustomerEvent(review.customerId(), review.time(), REVIEW_RANK,
                review.evidence() == null ? null : review.evidence().eventId(), null, null, review);
    }

    /** What the event is, in words, for dead letters. */
    public String kind() {
        if (input != null) {
            return input.kind();
        }
        return response != null ? "response" : "review";
    }
}
