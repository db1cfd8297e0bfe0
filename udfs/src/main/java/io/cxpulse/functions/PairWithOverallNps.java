package io.cxpulse.functions;

import io.cxpulse.alerts.NpsDropInput;
import io.cxpulse.records.NpsRollup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by window ({@link #keyOf}): holds each NPS rollup until the watermark passes its window,
 * when every segment of the window has arrived, then pairs it with the window's {@code overall}
 * rollup for the NPS-drop rule. A later revision is paired with the latest overall rollup of its
 * window; the window's state is cleared once {@code allowed.lateness} has passed. A rollup that
 * cannot be paired (it throws) is dead-lettered on {@link ProcessingErrors#DEAD_LETTERS}.
 */
public class PairWithOverallNps extends KeyedProcessFunction<String, NpsRollup, NpsDropInput> {
    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "alert-inputs-nps-overall";

    private final long allowedLatenessMillis;
    private transient ValueState<NpsRollup> overall;
    private transient ListState<NpsRollup> waiting;
    private transient ProcessingErrors errors;

    public PairWithOverallNps(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    public static String keyOf(NpsRollup r) {
        return r.window() + '@' + r.windowStart();
    }

    @Override
    public void open(OpenContext openContext) {
        overall = getRuntimeContext().getState(
                new ValueStateDescriptor<>("overall-rollup", NpsRollup.class));
        waiting = getRuntimeContext().getListState(
                new ListStateDescriptor<>("waiting-rollups", NpsRollup.class));
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
    }

    @Override
    public void processElement(NpsRollup r, Context ctx, Collector<NpsDropInput> out)
            throws Exception {
        waiting.add(r);
        ctx.timerService().registerEventTimeTimer(r.windowEnd() - 1);
        ctx.timerService().registerEventTimeTimer(cleanupTime(r));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<NpsDropInput> out)
            throws Exception {
        List<NpsRollup> due = new ArrayList<>();
        waiting.get().forEach(due::add);
        waiting.clear();
        NpsRollup everyone = overall.value();
        List<NpsRollup> kept = new ArrayList<>(due.size());
        List<Boolean> isOverall = new ArrayList<>(due.size());
        for (NpsRollup r : due) {
            boolean all;
            try {
                all = isOverall(r);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                        "pairing the rollup (window " + ctx.getCurrentKey() + ")", r, e));
                continue;
            }
            kept.add(r);
            isOverall.add(all);
            if (all && (everyone == null || r.revision() >= everyone.revision())) {
                everyone = r;
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            out.collect(new NpsDropInput(kept.get(i), isOverall.get(i) ? null : everyone));
        }
        boolean windowDone = everyone != null && timestamp == cleanupTime(everyone);
        if (windowDone || everyone == null) {
            overall.clear();
        } else {
            overall.update(everyone);
        }
    }

    private long cleanupTime(NpsRollup r) {
        return r.windowEnd() + allowedLatenessMillis;
    }

    private static boolean isOverall(NpsRollup r) {
        return r.dimension().equals("overall");
    }
}
