package io.cxpulse.alerts;

import java.io.Serializable;

/**
 * One alert rule: pure logic, no Flink. The engine keys the rule's input by {@link #keyOf},
 * keeps one {@code S} per key, and turns verdicts into open, update and resolved records
 * ({@link AlertLifecycle}). Adding a rule is adding an implementation and its settings block.
 *
 * @param <I> the rule's input
 * @param <S> what the rule remembers per subject: a public-field POJO Flink serializes itself
 */
public interface AlertRule<I, S> extends Serializable {

    /** The rule's name in alerts, settings and runbooks, e.g. {@code reputation-surge}. */
    String name();

    /** The subject key of an input; the engine keeps state and one alert per key. */
    String keyOf(I input);

    /** The event time of an input: the engine judges a subject's inputs in this order. */
    long timeOf(I input);

    Class<S> stateClass();

    S newState();

    /** Updates the state with an input and judges the subject. */
    Verdict observe(S state, I input);

    /** An open alert resolves when nothing fired for this long (event time). */
    long clearAfterMillis();

    /** How long state of a silent subject is kept. */
    long stateTtlMillis();

    /**
     * When the rule wants to judge the subject again without an input (event time), or
     * {@code Long.MIN_VALUE} for never: for a condition that must last before it fires.
     */
    default long wakeAt(S state) {
        return Long.MIN_VALUE;
    }

    /** Judges the subject, by its key, at the time {@link #wakeAt} asked for. */
    default Verdict onWake(S state, String key, long time) {
        return Verdict.none(time);
    }
}
