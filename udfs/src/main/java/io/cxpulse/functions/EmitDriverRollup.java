package io.cxpulse.functions;

import io.cxpulse.drivers.DriverTally;
import io.cxpulse.records.DriverRollup;
import org.apache.flink.api.common.functions.OpenContext;
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
    private transient ProcessingErrors errors;
    private final long minNegative;
    private final String operator;

    /** @param minNegative negative mentions an aspect needs not to be flagged low-sample */
    public EmitDriverRollup(String windowLabel, long minNegative) {
        this(windowLabel, minNegative, "driver-rollup");
    }

    /** @param operator the operator's uid in the job, the source of its dead letters */
    public EmitDriverRollup(String windowLabel, long minNegative, String operator) {
        this.windowLabel = windowLabel;
        this.minNegative = minNegative;
        this.operator = operator;
    }

    @Override
    public void open(OpenContext openContext) {
        errors = new ProcessingErrors(getRuntimeContext(), operator);
    }

    @Override
    public void process(String key, Context ctx, Iterable<T> tallies, Collector<DriverRollup> out)
            throws Exception {
        int next = WindowRevisions.next(ctx.windowState());
        T first = tallies.iterator().next();
        WindowSkips.report(ctx.windowState(), first.skipped(), errors);
        errors.collectRollup(() -> {
            TimeWindow window = ctx.window();
            return first.rollup(windowLabel, window.getStart(), window.getEnd(), minNegative,
                    next);
        }, first, ctx.window(), key, d -> ctx.output(ProcessingErrors.DEAD_LETTERS, d), out);
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
        WindowSkips.clear(ctx.windowState());
    }
}
