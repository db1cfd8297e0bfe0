package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.retention.Inputs;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account join of {@link ProcessCustomers}: each response with its account as of its time. */
class ProcessCustomersJoinTest {

    private CustomerHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())));
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
        harness.send(response(id, customer, time));
    }

    private void update(String customer, long time, String tier, String value) throws Exception {
        harness.send(CustomerInput.account(account(customer, time, tier, value)));
    }

    private void pareto(String customer, long time, boolean member) throws Exception {
        harness.send(CustomerInput.keyAccount(customer, time, member));
    }

    private void watermark(long time) throws Exception {
        harness.watermark(time);
    }

    @Test
    void aResponseCarriesTheParetoMembershipAsOfItsTime() throws Exception {
        update("C1", 100, "standard", "900000");
        pareto("C1", 100, true);
        pareto("C1", 2_000, false);
        respond("in", "C1", 1_000);
        respond("out", "C1", 2_500);
        respond("other", "C2", 1_000);
        watermark(3_000);
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
        watermark(1_000);
        assertEquals(true, output().get(0).paretoKeyAccount());
        assertEquals(true, output().get(0).keyAccount());
    }

    private List<AccountedFeedback> output() {
        return harness.accounted();
    }

    @Test
    void aResponseWaitsForTheWatermarkAndGetsTheAccountAsOfItsTime() throws Exception {
        respond("r1", "C1", 1_000);
        update("C1", 500, "key", "250000");
        assertEquals(0, output().size());
        watermark(1_000);
        assertEquals(1, output().size());
        assertEquals("key", output().get(0).tier());
        assertEquals(250_000.0, output().get(0).weight());
    }

    @Test
    void anAccountChangeAfterTheResponseDoesNotApply() throws Exception {
        update("C1", 100, "standard", "10000");
        update("C1", 2_000, "key", "900000");
        respond("r1", "C1", 1_000);
        watermark(3_000);
        assertEquals("standard", output().get(0).tier());
        assertEquals(10_000.0, output().get(0).weight());
    }

    @Test
    void customersWithoutAnAccountCountAsUnknownWithWeightOne() throws Exception {
        respond("r1", "C9", 1_000);
        respond("r2", "C8", 1_000);
        update("C1", 100, "key", "0");
        respond("r3", "C1", 1_000);
        watermark(1_000);
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
        watermark(1_500);
        assertEquals(List.of("early"),
                output().stream().map(a -> a.scored().event().eventId()).toList());
        watermark(2_000);
        assertEquals(List.of("early", "late"),
                output().stream().map(a -> a.scored().event().eventId()).toList());
    }
}
