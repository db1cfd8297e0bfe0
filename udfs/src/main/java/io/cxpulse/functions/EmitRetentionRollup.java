package io.cxpulse.functions;

import io.cxpulse.records.RetentionRollup;
import io.cxpulse.retention.RetentionTally;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's retention tally into a rollup, with revisions as {@link EmitNpsRollup}: the
 * first result of a window is revision 1, each late update within the allowed lateness the next.
 */
public class EmitRetentionRollup
        extends ProcessWindowFunction<RetentionTally, RetentionRollup, String, TimeWindow> {

    private final String windowLabel;

    public EmitRetentionRollup(String windowLabel) {
        this.windowLabel = windowLabel;
    }

    @Override
    public void process(String key, Context ctx, Iterable<RetentionTally> tallies,
            Collector<RetentionRollup> out) throws Exception {
        int next = WindowRevisions.next(ctx.windowState());
        TimeWindow window = ctx.window();
        out.collect(tallies.iterator().next()
                .rollup(windowLabel, window.getStart(), window.getEnd(), next));
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
    }
}
