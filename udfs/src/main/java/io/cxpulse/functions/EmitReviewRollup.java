package io.cxpulse.functions;

import io.cxpulse.records.ReviewRollup;
import io.cxpulse.reviews.ReviewTally;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's review tally into a rollup. The first result of a window is revision 1; each
 * late review within the allowed lateness fires the window again with the next revision.
 */
public class EmitReviewRollup
        extends ProcessWindowFunction<ReviewTally, ReviewRollup, String, TimeWindow> {

    private final String windowLabel;
    private transient ProcessingErrors errors;
    private final long minSample;
    private final int topN;

    /** @param topN how many negative aspects and terms to list */
    public EmitReviewRollup(String windowLabel, long minSample, int topN) {
        this.windowLabel = windowLabel;
        this.minSample = minSample;
        this.topN = topN;
    }

    @Override
    public void open(OpenContext openContext) {
        errors = new ProcessingErrors(getRuntimeContext(), "review-rollup-" + windowLabel);
    }

    @Override
    public void process(
            String key, Context ctx, Iterable<ReviewTally> tallies, Collector<ReviewRollup> out)
            throws Exception {
        int next = WindowRevisions.next(ctx.windowState());
        ReviewTally first = tallies.iterator().next();
        WindowSkips.report(ctx.windowState(), first.skipped, errors);
        errors.collectRollup(() -> {
            ReviewTally tally = first;
            TimeWindow window = ctx.window();
            return new ReviewRollup(
                    windowLabel,
                    window.getStart(),
                    window.getEnd(),
                    tally.dimension,
                    tally.value,
                    tally.reviews(),
                    tally.stars.clone(),
                    tally.meanRating(),
                    tally.negativeShare(),
                    tally.texts,
                    tally.meanSentiment(),
                    tally.disagreements(),
                    tally.highRatingNegativeText,
                    tally.lowRatingPositiveText,
                    tally.negativeAspects.top(topN),
                    tally.negativeTerms.top(topN),
                    tally.reviews() < minSample,
                    next);
        }, first, ctx.window(), key, d -> ctx.output(ProcessingErrors.DEAD_LETTERS, d), out);
    }

    @Override
    public void clear(Context ctx) {
        WindowRevisions.clear(ctx.windowState());
        WindowSkips.clear(ctx.windowState());
    }
}
