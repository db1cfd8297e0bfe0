package io.cxpulse.functions;

import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.records.DriverObservation;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a segment's review drivers incrementally, one small tally per window. */
public class ReviewDriverAggregate
        implements AggregateFunction<DriverObservation, ReviewDriverTally, ReviewDriverTally> {

    @Override
    public ReviewDriverTally createAccumulator() {
        return new ReviewDriverTally();
    }

    @Override
    public ReviewDriverTally add(DriverObservation observation, ReviewDriverTally tally) {
        tally.dimension = observation.dimension();
        tally.value = observation.value();
        tally.add(observation.score(), observation.hasText(), observation.aspects());
        return tally;
    }

    @Override
    public ReviewDriverTally getResult(ReviewDriverTally tally) {
        return tally;
    }

    @Override
    public ReviewDriverTally merge(ReviewDriverTally a, ReviewDriverTally b) {
        return a.merge(b);
    }
}
