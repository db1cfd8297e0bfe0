package io.cxpulse.functions;

import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.NpsObservation;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a segment's answers incrementally, one small tally per window. */
public class NpsAggregate implements AggregateFunction<NpsObservation, NpsTally, NpsTally> {

    @Override
    public NpsTally createAccumulator() {
        return new NpsTally();
    }

    @Override
    public NpsTally add(NpsObservation observation, NpsTally tally) {
        tally.dimension = observation.dimension();
        tally.value = observation.value();
        tally.add(observation.nps(), observation.sentiment(), observation.weight(),
                observation.negativeComment(), observation.aspects());
        return tally;
    }

    @Override
    public NpsTally getResult(NpsTally tally) {
        return tally;
    }

    @Override
    public NpsTally merge(NpsTally a, NpsTally b) {
        return a.merge(b);
    }
}
