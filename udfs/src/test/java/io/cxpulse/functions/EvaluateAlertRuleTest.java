package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertRule;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.EscalationRule;
import io.cxpulse.alerts.EscalationSettings;
import io.cxpulse.alerts.Evidence;
import io.cxpulse.alerts.KeyAccountRule;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class EvaluateAlertRuleTest {
    static final long HOUR = 3_600_000L;

    static CustomerAlertInput lawyer(long time) {
        return new CustomerAlertInput("C1", time, false, CustomerAlertInput.REVIEW, -1, true,
                new String[] {"escalation"}, null,
                new Evidence("rv-" + time, "my lawyer", new String[] {"lawyer"}, -0.6));
    }

    @Test
    void shouldEmitOneAlertPerCooldownResolveOnTimeAndClearItsEpisode() throws Exception {
        EscalationRule rule = new EscalationRule(new EscalationSettings(true, "critical", Duration.ofHours(6)));
        var harness = harness(rule, false);
        harness.open();
        harness.processElement(new StreamRecord<>(lawyer(0), 0));
        harness.processElement(new StreamRecord<>(lawyer(HOUR / 2), HOUR / 2));
        harness.processElement(new StreamRecord<>(lawyer(2 * HOUR), 2 * HOUR));
        assertEquals(List.of(), statuses(harness.extractOutputValues()), "waits for the watermark");
        harness.processWatermark(2 * HOUR);
        assertEquals(List.of("open 1", "update 3"), statuses(harness.extractOutputValues()));
        assertEquals(2, harness.numKeyedStateEntries(), "rule state and open episode");
        harness.processWatermark(2 * HOUR + 6 * HOUR - 1);
        assertEquals(2, harness.extractOutputValues().size(), "not clear yet");
        harness.processWatermark(2 * HOUR + 6 * HOUR);
        List<Alert> out = harness.extractOutputValues();
        assertEquals(List.of("open 1", "update 3", "resolved 3"), statuses(out));
        assertEquals(1, harness.numKeyedStateEntries(), "the episode is cleared, the rule state has a TTL");
        assertEquals(0, harness.numEventTimeTimers());
        harness.close();
    }

    @Test
    void inputsAreJudgedInEventTimeOrderWhateverTheirArrivalOrder() throws Exception {
        EscalationRule rule = new EscalationRule(new EscalationSettings(true, "critical", Duration.ofHours(6)));
        var harness = harness(rule, false);
        harness.open();
        harness.processElement(new StreamRecord<>(lawyer(2 * HOUR), 2 * HOUR));
        harness.processElement(new StreamRecord<>(lawyer(0), 0));
        harness.processWatermark(2 * HOUR);
        List<Alert> out = harness.extractOutputValues();
        assertEquals(List.of("open 1", "update 2"), statuses(out));
        assertEquals(0L, out.get(0).firstSeen());
        harness.close();
    }

    @Test
    void inBatchAnOpenAlertResolvesWhenTheEndOfTheInputPassesItsTime() throws Exception {
        EscalationRule rule = new EscalationRule(new EscalationSettings(true, "critical", Duration.ofHours(6)));
        var harness = harness(rule, true);
        harness.open();
        harness.processElement(new StreamRecord<>(lawyer(0), 0));
        harness.processElement(new StreamRecord<>(lawyer(10 * HOUR), 10 * HOUR));
        harness.processWatermark(Long.MAX_VALUE);
        // open at 0, resolved 6 hours later, found before the input of 10 hours; open again
        assertEquals(List.of("open 1", "resolved 1", "open 1", "resolved 1"),
                statuses(harness.extractOutputValues()));
        assertEquals(0, harness.numEventTimeTimers());
        harness.close();
    }

    @Test
    void inputsOfTheSameTimeAreJudgedInOneOrderWhateverTheirArrivalOrder() throws Exception {
        EscalationRule rule = new EscalationRule(new EscalationSettings(true, "critical", Duration.ofHours(6)));
        CustomerAlertInput first = lawyer(HOUR);
        CustomerAlertInput second = new CustomerAlertInput("C1", HOUR, false,
                CustomerAlertInput.REVIEW, -1, true, new String[] {"escalation"}, null,
                new Evidence("rv-other", "going to the regulator", new String[] {"regulator"}, -0.5));
        List<String> messages = new java.util.ArrayList<>();
        for (List<CustomerAlertInput> order : List.of(List.of(first, second), List.of(second, first))) {
            var harness = harness(rule, false);
            harness.open();
            for (CustomerAlertInput in : order) {
                harness.processElement(new StreamRecord<>(in, HOUR));
            }
            harness.processWatermark(HOUR);
            Alert opened = harness.extractOutputValues().get(0);
            messages.add(opened.evidence()[0].eventId());
            harness.close();
        }
        assertEquals(messages.get(0), messages.get(1));
    }

    private static List<String> statuses(List<Alert> alerts) {
        return alerts.stream().map(a -> a.status() + " " + a.count()).toList();
    }

    static CustomerAlertInput silence(String signal, long time) {
        return new CustomerAlertInput("K1", time, true, signal, -1, false, new String[0],
                "no activity for 2.0 days", null);
    }

    @Test
    void aRuleThatAsksToBeWokenIsJudgedThenWithoutAnInput() throws Exception {
        for (boolean batch : new boolean[] {false, true}) {
            KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
            var harness = harness(rule, batch);
            harness.open();
            harness.processElement(new StreamRecord<>(silence(CustomerAlertInput.AT_RISK, 0), 0));
            harness.processElement(new StreamRecord<>(
                    silence(CustomerAlertInput.AT_RISK, 30 * HOUR), 30 * HOUR));
            harness.processElement(new StreamRecord<>(
                    silence(CustomerAlertInput.REACTIVATED, 31 * HOUR), 31 * HOUR));
            harness.processWatermark(batch ? Long.MAX_VALUE : 40 * HOUR);
            List<Alert> out = harness.extractOutputValues();
            assertEquals(List.of("open", "resolved"), out.stream().map(Alert::status).toList(),
                    "batch " + batch);
            // streaming at 40 hours: resolved by the return to activity, not the 7-day clear-after
            assertEquals(6 * HOUR, out.get(0).firstSeen(), "opens when the grace is over");
            assertTrue(out.get(0).message().contains("still silent 6h later"), out.get(0).message());
            harness.close();
        }
    }

    @Test
    void inputsAreOrderedByTheirOwnTimeNotTheirRecordsTimestamp() throws Exception {
        // in a backfill, customer tracking emits every signal from its end-of-input timer
        KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        var harness = harness(rule, true);
        harness.open();
        // and in byte order the return to activity would come first
        harness.processElement(new StreamRecord<>(new CustomerAlertInput("K1", HOUR, true,
                CustomerAlertInput.REACTIVATED, -1, false, new String[0], "active again", null),
                Long.MAX_VALUE));
        harness.processElement(new StreamRecord<>(
                silence(CustomerAlertInput.AT_RISK, 0), Long.MAX_VALUE));
        harness.processWatermark(Long.MAX_VALUE);
        assertEquals(List.of(), harness.extractOutputValues(), "back after an hour: no alert");
        harness.close();
    }

    @Test
    void aWakeThatIsNoLongerWantedStaysQuiet() throws Exception {
        KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        var harness = harness(rule, false);
        harness.open();
        harness.processElement(new StreamRecord<>(silence(CustomerAlertInput.AT_RISK, 0), 0));
        harness.processElement(new StreamRecord<>(
                silence(CustomerAlertInput.REACTIVATED, HOUR), HOUR));
        harness.processWatermark(20 * HOUR);
        assertEquals(List.of(), harness.extractOutputValues());
        harness.close();
    }

    @Test
    void overABoundedInputNothingWakesOrResolvesAfterItsLastEvent() throws Exception {
        // a key account silent at 0 alerts 6 hours later; an escalation at 0 resolves 6 hours later
        KeyAccountRule silence = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        EscalationRule escalation = new EscalationRule(
                new EscalationSettings(true, "critical", Duration.ofHours(6)));
        for (long horizon : new long[] {6 * HOUR - 1, 6 * HOUR}) {
            var k = harness(silence, true, horizon);
            k.open();
            k.processElement(new StreamRecord<>(silence(CustomerAlertInput.AT_RISK, 0), 0));
            k.processWatermark(Long.MAX_VALUE);
            assertEquals(horizon < 6 * HOUR ? List.of() : List.of("open 1"),
                    statuses(k.extractOutputValues()), "horizon " + horizon);
            k.close();

            var e = harness(escalation, true, horizon);
            e.open();
            e.processElement(new StreamRecord<>(lawyer(0), 0));
            e.processWatermark(Long.MAX_VALUE);
            assertEquals(horizon < 6 * HOUR ? List.of("open 1") : List.of("open 1", "resolved 1"),
                    statuses(e.extractOutputValues()), "horizon " + horizon);
            e.close();
        }
    }

    private static <S> KeyedOneInputStreamOperatorTestHarness<String, CustomerAlertInput, Alert> harness(
            AlertRule<CustomerAlertInput, S> rule, boolean batch) throws Exception {
        return harness(rule, batch, Long.MAX_VALUE);
    }

    private static <S> KeyedOneInputStreamOperatorTestHarness<String, CustomerAlertInput, Alert> harness(
            AlertRule<CustomerAlertInput, S> rule, boolean batch, long horizon) throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EvaluateAlertRule<>(rule,
                        TypeInformation.of(CustomerAlertInput.class), Duration.ofHours(1), batch,
                        horizon)),
                rule::keyOf, Types.STRING);
    }
}
