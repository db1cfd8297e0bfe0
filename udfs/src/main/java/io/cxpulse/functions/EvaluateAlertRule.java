package io.cxpulse.functions;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertLifecycle;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.Episode;
import io.cxpulse.alerts.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs one alert rule per subject key: the rule's state and the open alert in keyed state (with
 * TTL), an event-time timer to resolve the alert when nothing fired for the rule's clear-after
 * time. Inputs wait until the watermark passes their time and are judged in event-time order,
 * so the same inputs open the same alerts whatever order they arrive in within the watermark's
 * bound, in streaming and in a backfill alike; the price is a delay of that bound
 * ({@code out.of.orderness.fast} in the job). Inputs behind the watermark are judged at the next
 * one, in the order they came.
 *
 * <p>Over a bounded input with a horizon (its newest event time), nothing is judged after it:
 * an input dated later (the NPS rollup of a window the input ends in) is dropped, and a wake-up
 * or a resolution due later does not happen, since the input's end says nothing about whether a
 * subject stayed silent or quiet.
 *
 * <p>An input the rule or the alert lifecycle throws on is dead-lettered on
 * {@link ProcessingErrors#DEAD_LETTERS} and left out: rule state, alert and timers are as if it
 * had not come. A wake-up or resolution that throws would throw again at every later input:
 * the rule state, or the open alert's episode, is dead-lettered and cleared instead.
 */
public class EvaluateAlertRule<I, S> extends KeyedProcessFunction<String, I, Alert> {
    private final AlertRule<I, S> rule;
    private final TypeInformation<I> inputType;
    private final long cooldownMillis;
    private final boolean batch;
    private final long horizon;
    private transient AlertLifecycle lifecycle;
    private transient ValueState<S> ruleState;
    private transient ValueState<Episode> episode;
    private transient MapState<Long, List<I>> waiting;
    private transient TypeSerializer<I> inputSerializer;
    private transient TypeSerializer<S> stateCopier;
    private transient TypeSerializer<Episode> episodeCopier;
    private transient ProcessingErrors errors;

    /**
     * @param inputType the type of the rule's input, for the inputs waiting in state
     * @param batch true in BATCH mode, where a timer set from a timer never fires: an open alert
     *     then resolves when the next input or the end of the input passes its time
     */
    public EvaluateAlertRule(AlertRule<I, S> rule, TypeInformation<I> inputType,
            Duration cooldown, boolean batch) {
        this(rule, inputType, cooldown, batch, Long.MAX_VALUE);
    }

    /**
     * @param horizon the newest event time of a bounded input: nothing dated after it is judged;
     *     {@link Long#MAX_VALUE} for none (streaming)
     */
    public EvaluateAlertRule(AlertRule<I, S> rule, TypeInformation<I> inputType,
            Duration cooldown, boolean batch, long horizon) {
        this.rule = rule;
        this.inputType = inputType;
        this.cooldownMillis = cooldown.toMillis();
        this.batch = batch;
        this.horizon = horizon;
    }

    /** The operator's uid in the job, the source of its dead letters. */
    public static String operatorOf(AlertRule<?, ?> rule) {
        return "alert-rule-" + rule.name();
    }

    @Override
    public void open(OpenContext openContext) {
        lifecycle = new AlertLifecycle(rule.name(), cooldownMillis, rule.clearAfterMillis());
        StateTtlConfig ttl = StateExpiry.fewKeys(Duration.ofMillis(rule.stateTtlMillis()))
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
        // no TTL: the watermark drains it, and TTL would rescan the whole map on every access
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>(
                "pending-inputs", Types.LONG, Types.LIST(inputType)));
        inputSerializer = getRuntimeContext().createSerializer(inputType);
        stateCopier = getRuntimeContext().createSerializer(TypeInformation.of(rule.stateClass()));
        episodeCopier = getRuntimeContext().createSerializer(TypeInformation.of(Episode.class));
        errors = new ProcessingErrors(getRuntimeContext(), operatorOf(rule));
    }

    @Override
    public void processElement(I input, Context ctx, Collector<Alert> out) throws Exception {
        // the input's own time, not the record's: an operator that works off one timer at the end
        // of a bounded input stamps every record it emits with that timer's time
        long time;
        try {
            time = rule.timeOf(input);
        } catch (RuntimeException | StackOverflowError e) {
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                    "reading the input's time (key " + ctx.getCurrentKey() + ")", input, e));
            return;
        }
        if (time > horizon) {
            return;
        }
        List<I> atTime = waiting.get(time);
        List<I> more = atTime == null ? new ArrayList<>() : new ArrayList<>(atTime);
        more.add(input);
        waiting.put(time, more);
        ctx.timerService().registerEventTimeTimer(time);
        if (batch) {
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        resolveIfDue(timestamp, true, ctx, out);
        wakeIfDue(timestamp, true, ctx, out);
        List<I> due = waiting.get(timestamp);
        if (due != null) {
            waiting.remove(timestamp);
            if (due.size() > 1) {
                // inputs of the same time arrive in any order: judge them in one fixed order,
                // by their bytes, each serialized once
                due = inFixedOrder(due);
            }
            for (I input : due) {
                judge(input, ctx, out);
            }
        }
        wakeIfDue(timestamp, false, ctx, out);
        resolveIfDue(timestamp, false, ctx, out);
    }

    /**
     * Lets the rule judge the subject at the time it asked for: before the inputs of this time
     * when that came earlier, after them when it comes now, as {@link #resolveIfDue}. A wake-up
     * the rule throws on would throw again at every later input: the rule state is
     * dead-lettered and cleared.
     */
    private void wakeIfDue(long time, boolean before, Context ctx, Collector<Alert> out)
            throws Exception {
        S stored = ruleState.value();
        if (stored == null) {
            return;
        }
        long at;
        try {
            at = rule.wakeAt(stored);
        } catch (RuntimeException | StackOverflowError e) {
            clearPoisoned(stored, e, ctx);
            return;
        }
        if (at == Long.MIN_VALUE || at > horizon || (before ? at >= time : at > time)) {
            return;
        }
        String key = ctx.getCurrentKey();
        applyToCopy(stored, state -> rule.onWake(state, key, at),
                e -> clearPoisoned(stored, e, ctx), ctx, out);
    }

    private void clearPoisoned(S stored, Throwable e, Context ctx) {
        ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter("waking the subject (key "
                + ctx.getCurrentKey() + "); its rule state is cleared", stored, e));
        ruleState.clear();
    }

    private void wakeLater(long at, Context ctx) {
        if (at != Long.MIN_VALUE) {
            ctx.timerService().registerEventTimeTimer(at);
        }
    }

    /**
     * Resolves an open alert whose time has come: before the inputs of this time when it came
     * earlier, after them when it comes now. The record does not depend on when it is found.
     * An episode the lifecycle throws on is dead-lettered and cleared.
     */
    private void resolveIfDue(long time, boolean before, Context ctx, Collector<Alert> out)
            throws Exception {
        Episode e = episode.value();
        if (e == null || !e.open) {
            return;
        }
        Step step;
        try {
            long at = lifecycle.resolveAt(e);
            if (at > horizon || (before ? at >= time : at > time)) {
                return;
            }
            Episode next = episodeCopier.copy(e);
            Alert alert = lifecycle.onTime(next, at);
            step = new Step(next, alert, next.open ? lifecycle.resolveAt(next) : 0);
        } catch (RuntimeException | StackOverflowError error) {
            ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter("resolving the alert (key "
                    + ctx.getCurrentKey() + "); its episode is cleared", e, error));
            if (e.timer != 0) {
                ctx.timerService().deleteEventTimeTimer(e.timer);
            }
            episode.clear();
            return;
        }
        commit(step, ctx, out);
    }

    private List<I> inFixedOrder(List<I> inputs) {
        List<Map.Entry<byte[], I>> keyed = new ArrayList<>(inputs.size());
        for (I input : inputs) {
            keyed.add(Map.entry(bytesOf(input), input));
        }
        keyed.sort(Map.Entry.comparingByKey(Arrays::compare));
        List<I> ordered = new ArrayList<>(inputs.size());
        keyed.forEach(e -> ordered.add(e.getValue()));
        return ordered;
    }

    private byte[] bytesOf(I input) {
        DataOutputSerializer bytes = new DataOutputSerializer(128);
        try {
            inputSerializer.serialize(input, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.getCopyOfBuffer();
    }

    /**
     * Judges one input on a copy of the rule state and episode, kept only when the rule and the
     * lifecycle went through; an input they throw on is dead-lettered and left out.
     */
    private void judge(I input, Context ctx, Collector<Alert> out) throws Exception {
        applyToCopy(ruleState.value(), state -> rule.observe(state, input),
                e -> deadLetter(input, e, ctx), ctx, out);
    }

    /** What the rule is asked of a copy of the subject's state. */
    @FunctionalInterface
    private interface RuleCall<S> {
        Verdict on(S state);
    }

    /**
     * Runs a rule call on a copy of the stored state (a new state when there is none) and the
     * verdict on a copy of the episode; keeps both, emits and sets timers only when the rule and
     * the lifecycle went through, and hands anything they throw to {@code failed}.
     */
    private void applyToCopy(S stored, RuleCall<S> call, Consumer<Throwable> failed, Context ctx,
            Collector<Alert> out) throws Exception {
        S state;
        Verdict verdict;
        boolean acts;
        long wake;
        try {
            state = stored == null ? rule.newState() : stateCopier.copy(stored);
            verdict = call.on(state);
            acts = !Verdict.NONE.equals(verdict.state());
            wake = rule.wakeAt(state);
        } catch (RuntimeException | StackOverflowError e) {
            failed.accept(e);
            return;
        }
        // the episode is read only when the verdict can change it
        Episode open = acts ? episode.value() : null;
        Step step;
        try {
            step = step(verdict, open);
        } catch (RuntimeException | StackOverflowError e) {
            failed.accept(e);
            return;
        }
        ruleState.update(state);
        commit(step, ctx, out);
        wakeLater(wake, ctx);
    }

    private void deadLetter(I input, Throwable e, Context ctx) {
        ctx.output(ProcessingErrors.DEAD_LETTERS, errors.deadLetter(
                "judging the input (key " + ctx.getCurrentKey() + ")", input, e));
    }

    /** What a verdict does to the subject's episode: the episode after it, the record to emit. */
    private record Step(Episode episode, Alert alert, long resolveAt) {}

    /**
     * Applies a verdict to a copy of the episode; null when the verdict changes nothing.
     *
     * @param open the stored episode, or null
     */
    private Step step(Verdict verdict, Episode open) {
        if (Verdict.NONE.equals(verdict.state())) {
            return null;
        }
        Episode e;
        if (open == null) {
            if (!verdict.firing()) {
                return null;
            }
            e = new Episode();
        } else {
            e = episodeCopier.copy(open);
        }
        Alert alert = lifecycle.onVerdict(e, verdict);
        return new Step(e, alert, e.open ? lifecycle.resolveAt(e) : 0);
    }

    /** Emits a step's record and keeps its episode, with a timer to resolve it. */
    private void commit(Step step, Context ctx, Collector<Alert> out) throws Exception {
        if (step == null) {
            return;
        }
        emit(step.alert(), out);
        Episode e = step.episode();
        if (!e.open) {
            if (e.timer != 0) {
                ctx.timerService().deleteEventTimeTimer(e.timer);
            }
            episode.clear();
            return;
        }
        long at = step.resolveAt();
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
