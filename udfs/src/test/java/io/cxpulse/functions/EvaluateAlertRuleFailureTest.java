package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.EscalationSettings;
import io.cxpulse.alerts.Evidence;
import io.cxpulse.alerts.MatchCount;
import io.cxpulse.alerts.Verdict;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.ParseError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** One input an alert rule throws on fails neither the job nor the subject's alert. */
class EvaluateAlertRuleFailureTest {
    static final long HOUR = 3_600_000L;

    /** The escalation rule, except that it counts an input saying "boom" and then throws. */
    static class ThrowsOnBoom implements AlertRule<CustomerAlertInput, MatchCount> {
        private final EscalationRule rule = new EscalationRule(
                new EscalationSettings(true, "critical", Duration.ofHours(6)));

        @Override
        public String name() {
            return rule.name();
        }

        @Override
        public String keyOf(CustomerAlertInput input) {
            return rule.keyOf(input);
        }

        @Override
        public long timeOf(CustomerAlertInput input) {
            return rule.timeOf(input);
        }

        @Override
        public Class<MatchCount> stateClass() {
            return rule.stateClass();
        }

        @Override
        public MatchCount newState() {
            return rule.newState();
        }

        @Override
        public Verdict observe(MatchCount state, CustomerAlertInput input) {
            Verdict verdict = rule.observe(state, input);
            if ("boom".equals(input.detail())) {
                throw new IllegalStateException("rule broke");
            }
            return verdict;
        }

        @Override
        public long clearAfterMillis() {
            return rule.clearAfterMillis();
        }

        @Override
        public long stateTtlMillis() {
            return rule.stateTtlMillis();
        }
    }

    /** The escalation rule, except that it asks to wake 3 hours in and throws when it does. */
    static final class ThrowsOnWake extends ThrowsOnBoom {
        @Override
        public long wakeAt(MatchCount state) {
            return 3 * HOUR;
        }

        @Override
        public Verdict onWake(MatchCount state, String key, long time) {
            throw new IllegalStateException("wake-up broke");
        }
    }

    static CustomerAlertInput lawyer(long time, String detail) {
        return new CustomerAlertInput("C1", time, false, CustomerAlertInput.REVIEW, -1, true,
                new String[] {"escalation"}, detail,
                new Evidence("rv-" + time, "my lawyer", new String[] {"lawyer"}, -0.6));
    }

    record Run(List<String> alerts, List<DeadLetter> deadLetters, int stateEntries) {}

    static Run run(CustomerAlertInput... inputs) throws Exception {
        return run(new ThrowsOnBoom(), inputs);
    }

    static Run run(AlertRule<CustomerAlertInput, MatchCount> rule, CustomerAlertInput... inputs)
            throws Exception {
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EvaluateAlertRule<>(rule,
                        TypeInformation.of(CustomerAlertInput.class), Duration.ofHours(1), false)),
                rule::keyOf, Types.STRING)) {
            harness.open();
            for (CustomerAlertInput in : inputs) {
                harness.processElement(new StreamRecord<>(in, in.time()));
                harness.processWatermark(in.time());
            }
            List<DeadLetter> dead = new ArrayList<>();
            var side = harness.getSideOutput(ProcessingErrors.DEAD_LETTERS);
            if (side != null) {
                side.forEach(r -> dead.add(r.getValue()));
            }
            return new Run(harness.extractOutputValues().stream()
                    .map(a -> a.status() + " seq " + a.sequence() + " count " + a.count()
                            + " last " + a.lastSeen() / HOUR + "h")
                    .toList(), dead, harness.numKeyedStateEntries());
        }
    }

    @Test
    void anInputTheRuleThrowsOnIsDeadLetteredAndTheAlertGoesOnAsIfItHadNotCome()
            throws Exception {
        Run withBoom = run(lawyer(0, null), lawyer(HOUR / 2, "boom"), lawyer(2 * HOUR, null));
        Run without = run(lawyer(0, null), lawyer(2 * HOUR, null));

        // the rule had counted the boom input before it threw: nothing of that may stay
        assertEquals(List.of("open seq 1 count 1 last 0h", "update seq 2 count 2 last 2h"),
                without.alerts());
        assertEquals(without.alerts(), withBoom.alerts());
        assertEquals(without.stateEntries(), withBoom.stateEntries());
        assertEquals(1, withBoom.deadLetters().size());
        DeadLetter dead = withBoom.deadLetters().get(0);
        assertEquals(ParseError.PROCESSING_ERROR, dead.errorType());
        assertEquals(DeadLetter.DERIVED, dead.input());
        assertEquals("alert-rule-escalation", dead.position().source());
        assertTrue(dead.reason().startsWith("alert-rule-escalation: judging the input (key C1)"
                + " failed: java.lang.IllegalStateException: rule broke"), dead.reason());
        assertTrue(dead.payload().contains("\"detail\":\"boom\""), dead.payload());
    }

    @Test
    void aWakeUpTheRuleThrowsOnIsDeadLetteredWithTheRuleStateWhichIsCleared() throws Exception {
        Run run = run(new ThrowsOnWake(), lawyer(0, null), lawyer(7 * HOUR, null));

        // the open alert still resolves 6 hours after its last match; the input at 7 hours
        // finds no rule state and opens a new alert
        assertEquals(List.of("open seq 1 count 1 last 0h", "resolved seq 2 count 1 last 0h",
                "open seq 1 count 1 last 7h"), run.alerts());
        assertTrue(run.deadLetters().size() >= 1, run.deadLetters().toString());
        DeadLetter dead = run.deadLetters().get(0);
        assertEquals(DeadLetter.DERIVED, dead.input());
        assertTrue(dead.reason().startsWith("alert-rule-escalation: waking the subject (key C1);"
                + " its rule state is cleared failed: java.lang.IllegalStateException:"
                + " wake-up broke"), dead.reason());
    }
}
