package io.cxpulse.functions;

import io.cxpulse.lateness.LatenessCheck;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import io.cxpulse.serde.DeadLetters;
import io.cxpulse.serde.Timestamps;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Checks parsed input right where it is read: valid events on time go on, as envelopes with
 * their raw payload, to {@link Deduplicate} and {@link ScoreEvents}; every rejected record goes
 * to the dead-letter side output. Events too late to update any window (see
 * {@link LatenessCheck}) become dead letters with reason {@code late}, so nothing is dropped
 * silently. Account records are state, not windowed events, and are never late. Counts every
 * record read, and those dead-lettered here, per input (see {@link InputAccounting}).
 */
public class RouteEvents extends ProcessFunction<Envelope, Envelope>
        implements CheckpointedFunction {

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private final long outOfOrdernessMillis;
    private final long allowedLatenessMillis;
    private final long watermarkLeadMillis;
    private final boolean dropLate;
    private transient LatenessCheck lateness;
    private transient ListState<Tuple2<String, Long>> progressState;
    private transient InputAccounting accounting;

    public RouteEvents(Duration outOfOrderness, Duration allowedLateness) {
        this(outOfOrderness, allowedLateness, Duration.ZERO);
    }

    /**
     * @param watermarkLead how far the watermark arriving here runs ahead of the windows' one:
     *     the lateness check compares events with the windows' watermark
     */
    public RouteEvents(Duration outOfOrderness, Duration allowedLateness, Duration watermarkLead) {
        this(outOfOrderness, allowedLateness, watermarkLead, true);
    }

    /**
     * @param dropLate false to pass every valid event on whatever its time: for a backfill, whose
     *     BATCH windows see all of their events, in any order (see {@link LatenessCheck})
     */
    public RouteEvents(Duration outOfOrderness, Duration allowedLateness, Duration watermarkLead,
            boolean dropLate) {
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.watermarkLeadMillis = watermarkLead.toMillis();
        this.dropLate = dropLate;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        lateness = new LatenessCheck(outOfOrdernessMillis, allowedLatenessMillis);
        progressState = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>("split-progress", Types.TUPLE(Types.STRING, Types.LONG)));
        for (Tuple2<String, Long> progress : progressState.get()) {
            lateness.restore(progress.f0, progress.f1);
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        progressState.clear();
        for (Map.Entry<String, Long> e : lateness.snapshot().entrySet()) {
            progressState.add(Tuple2.of(e.getKey(), e.getValue()));
        }
    }

    @Override
    public void open(OpenContext openContext) {
        accounting = new InputAccounting(getRuntimeContext());
    }

    @Override
    public void processElement(Envelope envelope, Context ctx, Collector<Envelope> out) {
        accounting.read(envelope);
        if (!envelope.isValid()) {
            reject(envelope, envelope.error(), ctx);
            return;
        }
        if (dropLate && envelope.kind() != InputKind.ACCOUNTS) {
            long watermark = lateness.check(envelope.position().splitId(), envelope.eventTime(),
                    DelayWatermarks.delayed(ctx.timerService().currentWatermark(), watermarkLeadMillis));
            if (watermark != Long.MIN_VALUE) {
                reject(envelope, late(envelope.eventTime(), watermark), ctx);
                return;
            }
        }
        out.collect(envelope);
    }

    private ParseError late(long eventTime, long watermark) {
        return new ParseError(ParseError.LATE,
                "event time " + Timestamps.format(eventTime) + " is more than the allowed lateness ("
                        + Duration.ofMillis(allowedLatenessMillis).toString().substring(2).toLowerCase()
                        + ") behind the watermark " + Timestamps.format(watermark)
                        + "; its windows are closed");
    }

    private void reject(Envelope envelope, ParseError error, Context ctx) {
        accounting.deadLettered(envelope, error.type());
        ctx.output(DEAD_LETTERS, DeadLetters.of(envelope, error, System.currentTimeMillis()));
    }
}
