package io.cxpulse.functions;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertLifecycle;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.Episode;
import io.cxpulse.alerts.Verdict;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs one alert rule per subject key: the rule's state and the open alert in keyed state (with
 * TTL), an event-time timer to resolve the alert when nothing fired for the rule's clear-after
 * time. Judges each input on arrival, so an alert leaves as soon as its input is read.
 */
public class EvaluateAlertRule<I, S> extends KeyedProcessFunction<String, I, Alert> {
    private final AlertRule<I, S> rule;
    private final long cooldownMillis;
    private transient AlertLifecycle lifecycle;
    private transient ValueState<S> ruleState;
    private transient ValueState<Episode> episode;

    public EvaluateAlertRule(AlertRule<I, S> rule, Duration cooldown) {
        this.rule = rule;
        this.cooldownMillis = cooldown.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        lifecycle = new AlertLifecycle(rule.name(), cooldownMillis, rule.clearAfterMillis());
        StateTtlConfig ttl = StateTtlConfig
                .newBuilder(Duration.ofMillis(rule.stateTtlMillis()))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .build();
        ValueStateDescriptor<S> stateDescriptor =
                new ValueStateDescriptor<>("rule-state", rule.stateClass());
        stateDescriptor.enableTimeToLive(ttl);
        ruleState = getRuntimeContext().getState(stateDescriptor);
        ValueStateDescriptor<Episode> episodeDescriptor =
                new ValueStateDescriptor<>("episode", Episode.class);
        episodeDescriptor.enableTimeToLive(ttl);
        episode = getRuntimeContext().getState(episodeDescriptor);
    }

    @Override
    public void processElement(I input, Context ctx, Collector<Alert> out) throws Exception {
        S state = ruleState.value();
        if (state == null) {
            state = rule.newState();
        }
        Verdict verdict = rule.observe(state, input);
        ruleState.update(state);
        if (Verdict.NONE.equals(verdict.state())) {
            return;
        }
        Episode e = episode.value();
        if (e == null) {
            if (!verdict.firing()) {
                return;
            }
            e = new Episode();
        }
        emit(lifecycle.onVerdict(e, verdict), out);
        keep(e, ctx);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        Episode e = episode.value();
        if (e == null) {
            return;
        }
        emit(lifecycle.onTime(e, timestamp), out);
        keep(e, ctx);
    }

    private void keep(Episode e, Context ctx) throws Exception {
        if (!e.open) {
            if (e.timer != 0) {
                ctx.timerService().deleteEventTimeTimer(e.timer);
            }
            episode.clear();
            return;
        }
        long at = lifecycle.resolveAt(e);
        if (at != e.timer) {
            if (e.timer != 0) {
                ctx.timerService().deleteEventTimeTimer(e.timer);
            }
            ctx.timerService().registerEventTimeTimer(at);
            e.timer = at;
        }
        episode.update(e);
    }

    private static void emit(Alert alert, Collector<Alert> out) {
        if (alert != null) {
            out.collect(alert.withDetectedAt(System.currentTimeMillis()));
        }
    }
}
