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

    @Override
    public SurveyDriverTally add(DriverObservation observation, SurveyDriverTally tally) {
        tally.dimension = observation.dimension();
        tally.value = observation.value();
        tally.add(observation.score(), observation.hasText(), observation.aspects());
        return tally;
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
