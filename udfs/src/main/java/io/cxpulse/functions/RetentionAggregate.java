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

    /**
     * Adds through a tally of the one record, merged in only when that went through: a record
     * that throws leaves the window's tally as it was, counted in its {@code skipped}.
     */
    @Override
    public RetentionTally add(RetentionObservation observation, RetentionTally tally) {
        RetentionTally one = new RetentionTally();
        try {
            one.dimension = observation.dimension();
            one.value = observation.value();
            one.add(observation.fact());
        } catch (RuntimeException | StackOverflowError e) {
            WindowSkips.logged("retention-rollup", observation, e);
            tally.skipped++;
            return tally;
        }
        return tally.merge(one);
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
