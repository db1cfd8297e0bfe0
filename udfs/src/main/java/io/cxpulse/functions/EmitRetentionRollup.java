package io.cxpulse.functions;

import io.cxpulse.records.RetentionRollup;
import io.cxpulse.retention.RetentionTally;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's retention tally into a rollup, with revisions as {@link EmitNpsRollup}: the
 * first result of a window is revision 1, each late update within the allowed lateness the next.
 * Over a bounded input, a window that ends after the input's horizon (its newest event time)
 * gives no rollup: who of its previously active customers comes back in it is not known yet,
 * and a rate over part of the window would read as customers lost.
 */
public class EmitRetentionRollup
        extends ProcessWindowFunction<RetentionTally, RetentionRollup, String, TimeWindow> {

    private final String windowLabel;
    private transient ProcessingErrors errors;
    private final long horizon;

    public EmitRetentionRollup(String windowLabel) {
        this(windowLabel, Long.MAX_VALUE);
    }

    /** @param horizon the newest event time of a bounded input; {@link Long#MAX_VALUE} for none */
    public EmitRetentionRollup(String windowLabel, long horizon) {
        this.windowLabel = windowLabel;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        errors = new ProcessingErrors(getRuntimeContext(), "retention-rollup-" + windowLabel);
    }

    @Override
    public void process(String key, Context ctx, Iterable<RetentionTally> tallies,
            Collector<RetentionRollup> out) throws Exception {
        if (ctx.window().maxTimestamp() > horizon) {
            return;
        }
        int next = WindowRevisions.next(ctx.windowState());
        RetentionTally first = tallies.iterator().next();
        WindowSkips.report(ctx.windowState(), first.skipped, errors);
        errors.collectRollup(() -> {
            TimeWindow window = ctx.window();
            return first.rollup(windowLabel, window.getStart(), window.getEnd(), next);
        }, first, ctx.window(), key, d -> ctx.output(ProcessingErrors.DEAD_LETTERS, d), out);
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
        WindowSkips.clear(ctx.windowState());
    }
}
