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

    /**
     * Adds through a tally of the one record, merged in only when that went through: a record
     * that throws leaves the window's tally as it was, counted in its {@code skipped}.
     */
    @Override
    public ReviewDriverTally add(DriverObservation observation, ReviewDriverTally tally) {
        ReviewDriverTally one = new ReviewDriverTally();
        try {
            one.dimension = observation.dimension();
            one.value = observation.value();
            one.add(observation.score(), observation.hasText(), observation.aspects());
        } catch (RuntimeException | StackOverflowError e) {
            WindowSkips.logged("driver-rollup-reviews", observation, e);
            tally.skipped++;
            return tally;
        }
        return tally.merge(one);
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
