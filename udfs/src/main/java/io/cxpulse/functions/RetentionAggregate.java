package io.cxpulse.functions;

import io.cxpulse.records.RetentionObservation;
import io.cxpulse.retention.RetentionTally;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Sums a segment's retention facts incrementally, one small tally per window. */
public class RetentionAggregate
        implements AggregateFunction<RetentionObservation, RetentionTally, RetentionTally> {

    @Override
    public RetentionTally createAccumulator() {
        return new RetentionTally();
    }

    @Override
    public RetentionTally add(RetentionObservation observation, RetentionTally tally) {
        tally.dimension = observation.dimension();
        tally.value = observation.value();
        tally.add(observation.fact());
        return tally;
    }

    @Override
    public RetentionTally getResult(RetentionTally tally) {
        return tally;
    }

    @Override
    public RetentionTally merge(RetentionTally a, RetentionTally b) {
        return a.merge(b);
    }
}
