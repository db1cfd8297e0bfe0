package io.cxpulse.functions;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.ParseError;
import io.cxpulse.serde.DeadLetters;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Lets the first record of each event id per input topic through and dead-letters every repeat
 * with reason {@code duplicate}, its raw payload kept; keyed by {@link #keyOf}. An id is
 * remembered for the horizon from its first occurrence (state time-to-live, processing time):
 * one small entry per id. In BATCH mode the whole input is deduplicated, whatever the horizon.
 */
public class Deduplicate extends KeyedProcessFunction<String, Envelope, Envelope> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("duplicate-dead-letters") {};

    private final Duration horizon;
    private transient ValueState<Boolean> seen;
    private transient InputAccounting accounting;

    /** @param horizon how long an event id is remembered; positive */
    public Deduplicate(Duration horizon) {
        if (horizon.isZero() || horizon.isNegative()) {
            throw new IllegalArgumentException("dedup.horizon must be positive, got " + horizon);
        }
        this.horizon = horizon;
    }

    /** The key of a valid envelope: its input kind and event id, e.g. {@code feedback:fb-1}. */
    public static String keyOf(Envelope envelope) {
        return envelope.kind().key() + ":" + eventId(envelope);
    }

    /** The event id of a valid envelope. */
    public static String eventId(Envelope envelope) {
        return switch (envelope.kind()) {
            case FEEDBACK -> envelope.feedback().eventId();
            case REVIEWS -> envelope.review().eventId();
            case INTERACTIONS -> envelope.interaction().eventId();
            case ACCOUNTS -> envelope.account().eventId();
        };
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
        descriptor.enableTimeToLive(StateExpiry.manyKeys(horizon)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getState(descriptor);
        accounting = new InputAccounting(getRuntimeContext());
    }

    @Override
    public void processElement(Envelope envelope, Context ctx, Collector<Envelope> out)
            throws Exception {
        if (seen.value() == null) {
            seen.update(Boolean.TRUE);
            out.collect(envelope);
            return;
        }
        accounting.deadLettered(envelope, ParseError.DUPLICATE);
        ctx.output(DEAD_LETTERS, DeadLetters.of(envelope, new ParseError(ParseError.DUPLICATE,
                "event_id " + eventId(envelope) + " was already read on "
                        + envelope.position().source() + "; the first one counts"),
                System.currentTimeMillis()));
    }
}
