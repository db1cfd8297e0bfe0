package io.cxpulse.functions;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.RetentionSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps each customer's {@link CustomerState}, keyed by customer id, and emits a
 * {@link CustomerSignal} for every change of where the customer stands, plus the customer's
 * {@link RetentionFact}s on the side output {@link #FACTS}. Inputs wait until the watermark passes
 * their time and are then applied in event-time order (time, kind, event id), interleaved with
 * the customer's deadlines (at risk, churned, retention denominator, cleanup) as event-time
 * timers; so out-of-order input and batch runs give the same signals as ordered streaming. A
 * churned customer's state and timers go after {@code retention.churned.retention}; all state
 * also has a processing-time TTL of {@code retention.state.ttl}.
 *
 * <p>Over a bounded input (a backfill) with a horizon, its newest event time, no deadline after
 * the horizon is applied: that the input ends is not silence, so nobody turns at risk or churned,
 * and no retention denominator counts, past the last event anyone could have seen.
 *
 * <p>An input the lifecycle throws on is dead-lettered on {@link ProcessingErrors#DEAD_LETTERS}
 * and left out: the customer's state, signals and facts are as if it had not come. A deadline
 * it throws on would throw again at every later step: the customer's state is dead-lettered and
 * cleared, and the customer starts afresh with its next input.
 */
public class TrackCustomers extends KeyedProcessFunction<String, CustomerInput, CustomerSignal> {

    public static final OutputTag<RetentionFact> FACTS = new OutputTag<>("retention-facts") {};

    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "track-customers";

    private static final Comparator<CustomerInput> EVENT_ORDER =
            Comparator.comparingLong(CustomerInput::timestamp)
                    .thenComparingInt(CustomerInput::rank)
                    .thenComparing(CustomerInput::eventId,
                            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final RetentionSettings settings;
    private final boolean batch;
    private final long horizon;
    private transient CustomerLifecycle lifecycle;
    private transient ValueState<CustomerState> customer;
    private transient ListState<CustomerInput> waiting;
    private transient ProcessingErrors errors;
    private transient TypeSerializer<CustomerState> copier;

    /** For streaming runs: deadlines are event-time timers. */
    public TrackCustomers(RetentionSettings settings) {
        this(settings, false);
    }

    /**
     * @param batch true in BATCH runs, where Flink ignores timers registered from a timer: each
     *     key then gets one more timer at the end of time, from which the deadlines after the
     *     customer's last input are applied in order, as a streaming run's final watermark does
     */
    public TrackCustomers(RetentionSettings settings, boolean batch) {
        this(settings, batch, Long.MAX_VALUE);
    }

    /**
     * @param horizon the newest event time of a bounded input: deadlines after it are not
     *     applied; {@link Long#MAX_VALUE} for none (streaming)
     */
    public TrackCustomers(RetentionSettings settings, boolean batch, long horizon) {
        this.settings = settings;
        this.batch = batch;
        this.horizon = horizon;
    }

    /** The customer lifecycle the function applies. */
    protected CustomerLifecycle lifecycle(RetentionSettings settings) {
        return new CustomerLifecycle(settings);
    }

    @Override
    public void open(OpenContext openContext) {
        lifecycle = lifecycle(settings);
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
        copier = getRuntimeContext().createSerializer(TypeInformation.of(CustomerState.class));
        StateTtlConfig ttl = StateTtlConfig.newBuilder(settings.stateTtl()).build();
        ValueStateDescriptor<CustomerState> state =
                new ValueStateDescriptor<>("customer", CustomerState.class);
        state.enableTimeToLive(ttl);
        customer = getRuntimeContext().getState(state);
        // no TTL: the watermark drains it, and TTL would rewrap and rescan it on every access
        waiting = getRuntimeContext().getListState(
                new ListStateDescriptor<>("pending-inputs", CustomerInput.class));
    }

    @Override
    public void processElement(CustomerInput input, Context ctx, Collector<CustomerSignal> out)
            throws Exception {
        waiting.add(input);
        ctx.timerService().registerEventTimeTimer(input.timestamp());
        if (batch) {
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerSignal> out)
            throws Exception {
        CustomerState stored = customer.value();
        List<CustomerInput> due = new ArrayList<>();
        List<CustomerInput> later = new ArrayList<>();
        for (CustomerInput input : waiting.get()) {
            (input.timestamp() <= timestamp ? due : later).add(input);
        }
        if (stored == null && due.isEmpty()) {
            return;
        }
        Outputs sink = new Outputs(out, ctx);
        CustomerState s = stored == null ? new CustomerState() : stored;
        due.sort(EVENT_ORDER);
        for (CustomerInput input : due) {
            s = catchUp(s, input.timestamp() - 1, sink, ctx);
            if (s == null) {
                s = new CustomerState();
            }
            s = apply(s, input, sink, ctx);
        }
        if (later.isEmpty()) {
            waiting.clear();
        } else if (!due.isEmpty()) {
            waiting.update(later);
        }
        long registered = s.timer;
        s = catchUp(s, Math.min(timestamp, horizon), sink, ctx);
        if (s != null && batch) {
            customer.update(s);
            return;
        }
        Long next = s == null ? null : nextDeadline(s, ctx);
        if (next == null) {
            if (registered != CustomerState.NONE && registered != timestamp) {
                ctx.timerService().deleteEventTimeTimer(registered);
            }
            customer.clear();
            return;
        }
        if (next != registered) {
            if (registered != CustomerState.NONE && registered > timestamp) {
                ctx.timerService().deleteEventTimeTimer(registered);
            }
            if (next != CustomerState.NONE) {
                ctx.timerService().registerEventTimeTimer(next);
            }
            s.timer = next;
        }
        customer.update(s);
    }

    /**
     * Applies one input to a copy of the state (the heap state backend hands out the stored
     * object itself) and passes its signals and facts on; should the
     * lifecycle throw, the input is dead-lettered instead and the state is as it was.
     */
    private CustomerState apply(CustomerState s, CustomerInput input, Outputs sink, Context ctx) {
        CustomerState next = copier.copy(s);
        try {
            lifecycle.apply(next, input, sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.discard();
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                    "applying the " + input.kind() + " input (key " + ctx.getCurrentKey() + ")",
                    input, e));
            return s;
        }
        sink.pass();
        return next;
    }

    /**
     * Applies, in order and each at its own time, the deadlines at or before the time: normally
     * the one this timer is for; several when a timer was skipped (batch) or an input came late.
     * A deadline the lifecycle throws on would throw again at every later input and timer: the
     * customer's state is dead-lettered and goes, as a churned customer's does.
     *
     * @return the state, or null when the customer's state is to be cleared
     */
    private CustomerState catchUp(CustomerState s, long until, Outputs sink, Context ctx) {
        long deadline = CustomerState.NONE;
        try {
            while (true) {
                deadline = CustomerState.NONE;
                deadline = lifecycle.nextDeadline(s);
                if (deadline == CustomerState.NONE || deadline > until) {
                    return s;
                }
                boolean gone = lifecycle.advanceTo(s, deadline, sink);
                sink.pass();
                if (gone) {
                    return null;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            sink.discard();
            deadLetterState(s, deadline == CustomerState.NONE ? "the next deadline"
                    : "the deadline at " + Instant.ofEpochMilli(deadline), e, ctx);
            return null;
        }
    }

    /** The next deadline; null when the lifecycle throws on it (dead-lettered): the state goes. */
    private Long nextDeadline(CustomerState s, Context ctx) {
        try {
            return lifecycle.nextDeadline(s);
        } catch (RuntimeException | StackOverflowError e) {
            deadLetterState(s, "the next deadline", e, ctx);
            return null;
        }
    }

    private void deadLetterState(CustomerState s, String what, Throwable e, Context ctx) {
        ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter("applying " + what
                + " (key " + ctx.getCurrentKey() + "); the customer's state is cleared", s, e));
    }

    /** Holds one step's signals and facts until the step has gone through. */
    private static final class Outputs implements CustomerLifecycle.Output {
        private final Collector<CustomerSignal> out;
        private final Context ctx;
        private final List<CustomerSignal> signals = new ArrayList<>(2);
        private final List<RetentionFact> facts = new ArrayList<>(2);

        Outputs(Collector<CustomerSignal> out, Context ctx) {
            this.out = out;
            this.ctx = ctx;
        }

        @Override
        public void signal(CustomerSignal signal) {
            signals.add(signal);
        }

        @Override
        public void fact(RetentionFact fact) {
            facts.add(fact);
        }

        void pass() {
            signals.forEach(out::collect);
            facts.forEach(f -> ctx.output(FACTS, f));
            discard();
        }

        void discard() {
            signals.clear();
            facts.clear();
        }
    }
}
