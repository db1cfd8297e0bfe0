package io.cxpulse.functions;

import io.cxpulse.records.ReviewObservation;
import io.cxpulse.reviews.ReviewTally;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a segment's reviews incrementally, one small tally per window. */
public class ReviewAggregate implements AggregateFunction<ReviewObservation, ReviewTally, ReviewTally> {

    @Override
    public ReviewTally createAccumulator() {
        return new ReviewTally();
    }

    /**
     * Adds through a tally of the one record, merged in only when that went through: a record
     * that throws leaves the window's tally as it was, counted in its {@code skipped}.
     */
    @Override
    public ReviewTally add(ReviewObservation observation, ReviewTally tally) {
        ReviewTally one = new ReviewTally();
        try {
            one.dimension = observation.dimension();
            one.value = observation.value();
            one.add(observation.rating(), observation.sentiment(), observation.label(),
                    observation.negativeAspects(), observation.negativeTerms());
        } catch (RuntimeException | StackOverflowError e) {
            WindowSkips.logged("review-rollup", observation, e);
            tally.skipped++;
            return tally;
        }
        return tally.merge(one);
    }

    @Override
    public ReviewTally getResult(ReviewTally tally) {
        return tally;
    }

    @Override
    public ReviewTally merge(ReviewTally a, ReviewTally b) {
        return a.merge(b);
    }
}
