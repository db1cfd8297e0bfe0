package io.cxpulse.functions;

import io.cxpulse.drivers.DriverTally;
import io.cxpulse.records.DriverRollup;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's driver tally into a ranked driver table. The first result of a window is
 * revision 1; each late event within the allowed lateness fires the window again with the next
 * revision.
 */
public class EmitDriverRollup<T extends DriverTally>
        extends ProcessWindowFunction<T, DriverRollup, String, TimeWindow> {

    private final String windowLabel;
    private final long minNegative;

    /** @param minNegative negative mentions an aspect needs not to be flagged low-sample */
    public EmitDriverRollup(String windowLabel, long minNegative) {
        this.windowLabel = windowLabel;
        this.minNegative = minNegative;
    }

    @Override
    public void process(String key, Context ctx, Iterable<T> tallies, Collector<DriverRollup> out)
            throws Exception {
        int next = WindowRevisions.next(ctx.windowState());
        TimeWindow window = ctx.window();
        out.collect(tallies.iterator().next()
                .rollup(windowLabel, window.getStart(), window.getEnd(), minNegative, next));
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
    }
}
