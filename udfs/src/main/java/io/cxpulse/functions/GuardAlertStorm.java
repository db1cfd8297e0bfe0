package io.cxpulse.functions;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.StormGuard;
import io.cxpulse.alerts.StormState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The per-rule storm guard, keyed by rule: passes the first opens of each hour, holds back the
 * rest with their updates and resolutions, and summarises them in one alert. Over a bounded
 * input, a summary whose hour ends after the input's horizon (its newest event time) stays open:
 * the hour did not end within the input.
 *
 * <p>An alert the guard throws on is dead-lettered on {@link ProcessingErrors#DEAD_LETTERS} and
 * left out, the guard's state and held ids as they were; an end of hour it throws on clears the
 * rule's guard state, dead-lettered.
 */
public class GuardAlertStorm extends KeyedProcessFunction<String, Alert, Alert> {
    /** The operator's uid in the job, the source of its dead letters. */
    public static final String OPERATOR = "alert-storm-guard";

    private final int maxOpensPerHour;
    private final Duration heldTtl;
    private final long horizon;
    private transient ValueState<StormState> state;
    private transient MapState<String, Boolean> held;
    private transient TypeSerializer<StormState> copier;
    private transient ProcessingErrors errors;

    /** @param heldTtl how long a held-back alert id is remembered (the longest clear-after) */
    public GuardAlertStorm(int maxOpensPerHour, Duration heldTtl) {
        this(maxOpensPerHour, heldTtl, Long.MAX_VALUE);
    }

    /** @param horizon the newest event time of a bounded input; {@link Long#MAX_VALUE} for none */
    public GuardAlertStorm(int maxOpensPerHour, Duration heldTtl, long horizon) {
        this.maxOpensPerHour = maxOpensPerHour;
        this.heldTtl = heldTtl;
        this.horizon = horizon;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(heldTtl).build();
        ValueStateDescriptor<StormState> stateDescriptor =
                new ValueStateDescriptor<>("storm", StormState.class);
        stateDescriptor.enableTimeToLive(ttl);
        state = getRuntimeContext().getState(stateDescriptor);
        MapStateDescriptor<String, Boolean> heldDescriptor =
                new MapStateDescriptor<>("held-alerts", String.class, Boolean.class);
        heldDescriptor.enableTimeToLive(ttl);
        held = getRuntimeContext().getMapState(heldDescriptor);
        copier = getRuntimeContext().createSerializer(TypeInformation.of(StormState.class));
        errors = new ProcessingErrors(getRuntimeContext(), OPERATOR);
    }

    @Override
    public void processElement(Alert alert, Context ctx, Collector<Alert> out) throws Exception {
        StormGuard guard = new StormGuard(ctx.getCurrentKey(), maxOpensPerHour);
        StormState stored = state.value();
        // the guard works on a copy and notes its changes of the held ids, kept only when it
        // went through: an alert it throws on is dead-lettered and left out
        StormState s = stored == null ? new StormState() : copier.copy(stored);
        HeldChanges changes = new HeldChanges(held);
        List<Alert> passed;
        long hourEnd;
        try {
            passed = guard.accept(s, alert, changes);
            hourEnd = guard.hourEnd(s);
        } catch (RuntimeException | StackOverflowError e) {
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                    "guarding the alert (rule " + ctx.getCurrentKey() + ")", alert, e));
            return;
        }
        changes.apply();
        for (Alert a : passed) {
            out.collect(a.detectedAt() == 0 ? a.withDetectedAt(System.currentTimeMillis()) : a);
        }
        boolean wasOpen = stored != null && stored.summaryOpen;
        if (s.summaryOpen && !wasOpen) {
            ctx.timerService().registerEventTimeTimer(hourEnd);
        }
        state.update(s);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        StormState s = state.value();
        if (s == null || timestamp != s.hourStart + StormGuard.HOUR || timestamp - 1 > horizon) {
            return;
        }
        Alert summary;
        try {
            summary = new StormGuard(ctx.getCurrentKey(), maxOpensPerHour).endOfHour(s);
        } catch (RuntimeException | StackOverflowError e) {
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter("ending the hour (rule "
                    + ctx.getCurrentKey() + "); the guard's state is cleared", s, e));
            state.clear();
            return;
        }
        if (summary != null) {
            out.collect(summary.withDetectedAt(System.currentTimeMillis()));
        }
        state.update(s);
    }

    /** The held ids as the guard changes them, written to state only once it went through. */
    private static final class HeldChanges implements StormGuard.Held {
        private final MapState<String, Boolean> held;
        private final Map<String, Boolean> changes = new LinkedHashMap<>();

        HeldChanges(MapState<String, Boolean> held) {
            this.held = held;
        }

        @Override
        public boolean contains(String id) throws Exception {
            Boolean changed = changes.get(id);
            return changed != null ? changed : held.contains(id);
        }

        @Override
        public void add(String id) {
            changes.put(Objects.requireNonNull(id, "the alert has no alert_id"), Boolean.TRUE);
        }

        @Override
        public void remove(String id) {
            changes.put(id, Boolean.FALSE);
        }

        void apply() throws Exception {
            for (Map.Entry<String, Boolean> c : changes.entrySet()) {
                if (c.getValue()) {
                    held.put(c.getKey(), Boolean.TRUE);
                } else {
                    held.remove(c.getKey());
                }
            }
        }
    }
}
