package io.cxpulse.functions;

import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.records.DriverObservation;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a segment's survey drivers incrementally, one small tally per window. */
public class SurveyDriverAggregate
        implements AggregateFunction<DriverObservation, SurveyDriverTally, SurveyDriverTally> {

    @Override
    public SurveyDriverTally createAccumulator() {
        return new SurveyDriverTally();
    }

    /**
     * Adds through a tally of the one record, merged in only when that went through: a record
     * that throws leaves the window's tally as it was, counted in its {@code skipped}.
     */
    @Override
    public SurveyDriverTally add(DriverObservation observation, SurveyDriverTally tally) {
        SurveyDriverTally one = new SurveyDriverTally();
        try {
            one.dimension = observation.dimension();
            one.value = observation.value();
            one.add(observation.score(), observation.hasText(), observation.aspects());
        } catch (RuntimeException | StackOverflowError e) {
            WindowSkips.logged("driver-rollup-survey", observation, e);
            tally.skipped++;
            return tally;
        }
        return tally.merge(one);
    }

    @Override
    public SurveyDriverTally getResult(SurveyDriverTally tally) {
        return tally;
    }

    @Override
    public SurveyDriverTally merge(SurveyDriverTally a, SurveyDriverTally b) {
        return a.merge(b);
    }
}
