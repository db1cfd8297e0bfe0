package io.cxpulse.functions;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.NpsRollup;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's tally into a rollup. The first result of a window is revision 1; each late
 * event within the allowed lateness fires the window again with the next revision.
 */
public class EmitNpsRollup extends ProcessWindowFunction<NpsTally, NpsRollup, String, TimeWindow> {

    private final String windowLabel;
    private transient ProcessingErrors errors;
    private final long minSample;
    private final int topAspects;

    public EmitNpsRollup(String windowLabel, long minSample) {
        this(windowLabel, minSample, 5);
    }

    /** @param topAspects how many of the detractors' most mentioned aspects a rollup lists */
    public EmitNpsRollup(String windowLabel, long minSample, int topAspects) {
        this.windowLabel = windowLabel;
        this.minSample = minSample;
        this.topAspects = topAspects;
    }

    @Override
    public void open(OpenContext openContext) {
        errors = new ProcessingErrors(getRuntimeContext(), "nps-rollup-" + windowLabel);
    }

    @Override
    public void process(
            String key, Context ctx, Iterable<NpsTally> tallies, Collector<NpsRollup> out)
            throws Exception {
        int next = WindowRevisions.next(ctx.windowState());
        NpsTally first = tallies.iterator().next();
        WindowSkips.report(ctx.windowState(), first.skipped, errors);
        errors.collectRollup(() -> {
            NpsTally tally = first;
            NpsStatistics stats = tally.statistics();
            TimeWindow window = ctx.window();
            return new NpsRollup(
                    windowLabel,
                    window.getStart(),
                    window.getEnd(),
                    tally.dimension,
                    tally.value,
                    stats.responses(),
                    tally.promoters,
                    tally.passives,
                    tally.detractors,
                    stats.nps(),
                    stats.ciLow(),
                    stats.ciHigh(),
                    stats.marginOfError(),
                    stats.responses() < minSample,
                    tally.comments,
                    tally.meanSentiment(),
                    tally.negativeCommentShare(),
                    tally.weightedNps(),
                    tally.topDetractorAspects(topAspects),
                    next);
        }, first, ctx.window(), key, d -> ctx.output(ProcessingErrors.DEAD_LETTERS, d), out);
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
        WindowSkips.clear(ctx.windowState());
    }
}
