package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ScoredFeedback;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JoinAccountsTest {

    private KeyedTwoInputStreamOperatorTestHarness<String, ScoredFeedback, CustomerInput,
            AccountedFeedback> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new JoinAccounts(Duration.ofDays(400))),
                JoinAccounts::keyOf, CustomerInput::customerId, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static ScoredFeedback response(String id, String customer, long time) {
        return new ScoredFeedback(new FeedbackEvent(id, time, customer, 2, null, "app", null,
                null, null, null, null, null), "detractor", null);
    }

    private static AccountEvent account(String customer, long time, String tier, String value) {
        return new AccountEvent("acc-" + time, time, customer, tier,
                value == null ? null : new BigDecimal(value), "Acme", "b2b");
    }

    private void respond(String id, String customer, long time) throws Exception {
        harness.processElement1(new StreamRecord<>(response(id, customer, time), time));
    }

    private void update(String customer, long time, String tier, String value) throws Exception {
        harness.processElement2(new StreamRecord<>(
                CustomerInput.account(account(customer, time, tier, value)), time));
    }

    private void pareto(String customer, long time, boolean member) throws Exception {
        harness.processElement2(new StreamRecord<>(
                CustomerInput.keyAccount(customer, time, member), time));
    }

    private static Watermark watermark(long time) {
        return new Watermark(time);
    }

    @Test
    void aResponseCarriesTheParetoMembershipAsOfItsTime() throws Exception {
        update("C1", 100, "standard", "900000");
        pareto("C1", 100, true);
        pareto("C1", 2_000, false);
        respond("in", "C1", 1_000);
        respond("out", "C1", 2_500);
        respond("other", "C2", 1_000);
        harness.processBothWatermarks(watermark(3_000));
        List<AccountedFeedback> out = output();
        assertEquals(List.of("in:standard:true:true", "other:unknown:false:false",
                        "out:standard:false:false"),
                out.stream().map(a -> a.scored().event().eventId() + ":" + a.tier() + ":"
                        + a.paretoKeyAccount() + ":" + a.keyAccount()).sorted().toList());
    }

    @Test
    void aMembershipChangeArrivingAfterAnOlderResponseStillCounts() throws Exception {
        respond("r1", "C1", 1_000);
        pareto("C1", 900, true);
        harness.processBothWatermarks(watermark(1_000));
        assertEquals(true, output().get(0).paretoKeyAccount());
        assertEquals(true, output().get(0).keyAccount());
    }

    private List<AccountedFeedback> output() {
        return harness.extractOutputValues();
    }

    @Test
    void aResponseWaitsForTheWatermarkAndGetsTheAccountAsOfItsTime() throws Exception {
        respond("r1", "C1", 1_000);
        update("C1", 500, "key", "250000");
        assertEquals(0, output().size());
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(1_000));
        assertEquals(1, output().size());
        assertEquals("key", output().get(0).tier());
        assertEquals(250_000.0, output().get(0).weight());
    }

    @Test
    void anAccountChangeAfterTheResponseDoesNotApply() throws Exception {
        update("C1", 100, "standard", "10000");
        update("C1", 2_000, "key", "900000");
        respond("r1", "C1", 1_000);
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(3_000));
        assertEquals("standard", output().get(0).tier());
        assertEquals(10_000.0, output().get(0).weight());
    }

    @Test
    void customersWithoutAnAccountCountAsUnknownWithWeightOne() throws Exception {
        respond("r1", "C9", 1_000);
        respond("r2", null, 1_000);
        update("C1", 100, "key", "0");
        respond("r3", "C1", 1_000);
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(1_000));
        List<AccountedFeedback> out = output();
        assertEquals(3, out.size());
        for (AccountedFeedback a : out) {
            assertEquals(1.0, a.weight(), a.scored().event().eventId());
        }
        assertEquals(2, out.stream().filter(a -> a.tier().equals("unknown")).count());
    }

    @Test
    void responsesLeaveInEventTimeOrderAsTheWatermarkAdvances() throws Exception {
        respond("late", "C1", 2_000);
        respond("early", "C1", 1_000);
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(1_500));
        assertEquals(List.of("early"),
                output().stream().map(a -> a.scored().event().eventId()).toList());
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(2_000));
        assertEquals(List.of("early", "late"),
                output().stream().map(a -> a.scored().event().eventId()).toList());
    }
}
