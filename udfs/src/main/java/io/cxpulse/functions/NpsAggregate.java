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

    /**
     * Adds through a tally of the one record, merged in only when that went through: a record
     * that throws leaves the window's tally as it was, counted in its {@code skipped}.
     */
    @Override
    public NpsTally add(NpsObservation observation, NpsTally tally) {
        NpsTally one = new NpsTally();
        try {
            one.dimension = observation.dimension();
            one.value = observation.value();
            one.add(observation.nps(), observation.sentiment(), observation.weight(),
                    observation.negativeComment(), observation.aspects());
        } catch (RuntimeException | StackOverflowError e) {
            WindowSkips.logged("nps-rollup", observation, e);
            tally.skipped++;
            return tally;
        }
        return tally.merge(one);
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
