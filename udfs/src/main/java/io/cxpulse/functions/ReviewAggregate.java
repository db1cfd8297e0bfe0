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

    @Override
    public ReviewTally add(ReviewObservation observation, ReviewTally tally) {
        tally.dimension = observation.dimension();
        tally.value = observation.value();
        tally.add(observation.rating(), observation.sentiment(), observation.label(),
                observation.negativeAspects(), observation.negativeTerms());
        return tally;
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
