package io.cxpulse.functions;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.RetentionSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
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
 */
public class TrackCustomers extends KeyedProcessFunction<String, CustomerInput, CustomerSignal> {

    public static final OutputTag<RetentionFact> FACTS = new OutputTag<>("retention-facts") {};

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

    @Override
    public void open(OpenContext openContext) {
        lifecycle = new CustomerLifecycle(settings);
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
        CustomerState s = customer.value();
        List<CustomerInput> due = new ArrayList<>();
        List<CustomerInput> later = new ArrayList<>();
        for (CustomerInput input : waiting.get()) {
            (input.timestamp() <= timestamp ? due : later).add(input);
        }
        if (s == null && due.isEmpty()) {
            return;
        }
        if (s == null) {
            s = new CustomerState();
        }
        CustomerLifecycle.Output sink = new CustomerLifecycle.Output() {
            @Override
            public void signal(CustomerSignal signal) {
                out.collect(signal);
            }

            @Override
            public void fact(RetentionFact fact) {
                ctx.output(FACTS, fact);
            }
        };
        due.sort(EVENT_ORDER);
        for (CustomerInput input : due) {
            if (catchUp(s, input.timestamp() - 1, sink)) {
                s = new CustomerState();
            }
            lifecycle.apply(s, input, sink);
        }
        if (later.isEmpty()) {
            waiting.clear();
        } else if (!due.isEmpty()) {
            waiting.update(later);
        }
        long registered = s.timer;
        if (catchUp(s, Math.min(timestamp, horizon), sink)) {
            if (registered != CustomerState.NONE && registered != timestamp) {
                ctx.timerService().deleteEventTimeTimer(registered);
            }
            customer.clear();
            return;
        }
        if (batch) {
            customer.update(s);
            return;
        }
        long next = lifecycle.nextDeadline(s);
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
     * Applies, in order and each at its own time, the deadlines at or before the time: normally
     * the one this timer is for; several when a timer was skipped (batch) or an input came late.
     *
     * @return true when the customer's state is to be cleared
     */
    private boolean catchUp(CustomerState s, long until, CustomerLifecycle.Output sink) {
        long deadline;
        while ((deadline = lifecycle.nextDeadline(s)) != CustomerState.NONE && deadline <= until) {
            if (lifecycle.advanceTo(s, deadline, sink)) {
                return true;
            }
        }
        return false;
    }
}
