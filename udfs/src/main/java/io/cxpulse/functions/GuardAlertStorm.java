package io.cxpulse.functions;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.StormGuard;
import io.cxpulse.alerts.StormState;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The per-rule storm guard, keyed by rule: passes the first opens of each hour, holds back the
 * rest with their updates and resolutions, and summarises them in one alert. Over a bounded
 * input, a summary whose hour ends after the input's horizon (its newest event time) stays open:
 * the hour did not end within the input.
 */
public class GuardAlertStorm extends KeyedProcessFunction<String, Alert, Alert> {
    private final int maxOpensPerHour;
    private final Duration heldTtl;
    private final long horizon;
    private transient ValueState<StormState> state;
    private transient MapState<String, Boolean> held;

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
    }

    @Override
    public void processElement(Alert alert, Context ctx, Collector<Alert> out) throws Exception {
        StormGuard guard = new StormGuard(ctx.getCurrentKey(), maxOpensPerHour);
        StormState s = state.value();
        if (s == null) {
            s = new StormState();
        }
        boolean wasOpen = s.summaryOpen;
        for (Alert a : guard.accept(s, alert, new StormGuard.Held() {
            @Override
            public boolean contains(String id) throws Exception {
                return held.contains(id);
            }

            @Override
            public void add(String id) throws Exception {
                held.put(id, Boolean.TRUE);
            }

            @Override
            public void remove(String id) throws Exception {
                held.remove(id);
            }
        })) {
            out.collect(a.detectedAt() == 0 ? a.withDetectedAt(System.currentTimeMillis()) : a);
        }
        if (s.summaryOpen && !wasOpen) {
            ctx.timerService().registerEventTimeTimer(guard.hourEnd(s));
        }
        state.update(s);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        StormState s = state.value();
        if (s == null || timestamp != s.hourStart + StormGuard.HOUR || timestamp - 1 > horizon) {
            return;
        }
        Alert summary = new StormGuard(ctx.getCurrentKey(), maxOpensPerHour).endOfHour(s);
        if (summary != null) {
            out.collect(summary.withDetectedAt(System.currentTimeMillis()));
        }
        state.update(s);
    }
}
