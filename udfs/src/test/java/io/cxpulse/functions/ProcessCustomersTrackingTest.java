package io.cxpulse.functions;

import static io.cxpulse.retention.Inputs.DAY;
import static io.cxpulse.retention.Inputs.HOUR;
import static io.cxpulse.retention.Inputs.account;
import static io.cxpulse.retention.Inputs.day;
import static io.cxpulse.retention.Inputs.ix;
import static io.cxpulse.retention.Inputs.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.retention.Inputs;
import io.cxpulse.retention.RetentionSettings;
import io.cxpulse.retention.TypicalGap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every transition of customer tracking in {@link ProcessCustomers}, through Flink's state,
 * timers and watermarks.
 */
class ProcessCustomersTrackingTest {

    private CustomerHarness customers;
    private KeyedOneInputStreamOperatorTestHarness<String, CustomerEvent, AccountedFeedback> harness;

    private void open(RetentionSettings settings) throws Exception {
        open(settings, false, Long.MAX_VALUE);
    }

    private void open(RetentionSettings settings, boolean batch, long horizon) throws Exception {
        customers = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(settings, batch, horizon)));
        harness = customers.harness;
    }

    @AfterEach
    void close() throws Exception {
        if (customers != null) {
            customers.close();
        }
    }

    private void send(CustomerInput... inputs) throws Exception {
        customers.send(inputs);
    }

    private void watermark(long time) throws Exception {
        harness.processWatermark(time);
    }

    private List<String> signals(String customer) {
        return customers.signals().stream()
                .filter(s -> s.customerId().equals(customer))
                .map(s -> s.signal() + "@" + (s.timestamp() - Inputs.T0) / (double) DAY)
                .toList();
    }

    /** The day a customer with {@code days} daily gaps, the last on day {@code days}, goes at risk. */
    private static String atRiskAfterDaily(int days) {
        long[] gaps = new long[0];
        for (int d = 0; d < days; d++) {
            gaps = TypicalGap.add(gaps, DAY);
        }
        return "at_risk@" + (days * DAY + TypicalGap.atRiskAfter(gaps, Inputs.settings())) / (double) DAY;
    }

    private CustomerSignal last(String customer, String signal) {
        List<CustomerSignal> all = customers.signals().stream()
                .filter(s -> s.customerId().equals(customer) && s.signal().equals(signal))
                .toList();
        assertFalse(all.isEmpty(), "no " + signal + " for " + customer);
        return all.get(all.size() - 1);
    }

    private List<RetentionFact> facts() {
        return customers.facts();
    }

    @Test
    void signupMakesACustomerNewOtherFirstActivityDoesNot() throws Exception {
        open(Inputs.settings());
        send(ix("NEW", day(1), "signup"), ix("OLD", day(1), "usage"));
        watermark(day(1));
        assertEquals(List.of("new@1.0"), signals("NEW"));
        assertEquals(List.of(), signals("OLD"), "already a customer before the job started");
    }

    @Test
    void nothingHappensBeforeTheWatermarkPassesTheEvent() throws Exception {
        open(Inputs.settings());
        send(ix("NEW", day(1), "signup"));
        watermark(day(1) - 1);
        assertEquals(List.of(), signals("NEW"));
        watermark(day(1));
        assertEquals(List.of("new@1.0"), signals("NEW"));
    }

    @Test
    void dailyBuyerIsAtRiskAfterItsOwnLimitMonthlyBuyerNotBefore45() throws Exception {
        open(Inputs.settings());
        for (int d = 0; d <= 5; d++) {
            send(ix("DAILY", day(d), "purchase"));
        }
        for (int m = 0; m <= 3; m++) {
            send(ix("MONTHLY", day(30 * m), "purchase"));
        }
        watermark(day(90 + 20));
        assertEquals(List.of(atRiskAfterDaily(5), "churned@95.0"), signals("DAILY"),
                "daily: the silence 5 daily gaps make unlikely; churn horizon 90 days");
        assertEquals(List.of(), signals("MONTHLY"), "20 silent days are nothing for a monthly buyer");
        watermark(day(90 + 45));
        assertEquals(List.of("at_risk@135.0"), signals("MONTHLY"), "the 45-day ceiling");
        CustomerSignal atRisk = last("MONTHLY", "at_risk");
        assertEquals("inactivity", atRisk.cause());
        assertEquals(30.0, atRisk.typicalGapDays());
        assertEquals(45.0, atRisk.atRiskAfterDays());
        assertEquals(45.0, atRisk.daysSinceLastActivity());
        assertEquals(4, atRisk.purchases());
    }

    @Test
    void aBoundedInputEndsWithoutReadingItsEndAsSilence() throws Exception {
        // a backfill whose last event is on day 20: DAILY stops on day 5, LATE uses the service
        // daily until day 20
        open(Inputs.settings(), true, day(20));
        for (int d = 0; d <= 20; d++) {
            if (d <= 5) {
                send(ix("DAILY", day(d), "usage"));
            }
            send(ix("LATE", day(d), "usage"));
        }
        watermark(Long.MAX_VALUE);
        assertEquals(List.of(atRiskAfterDaily(5)), signals("DAILY"),
                "churned on day 95 is not known");
        assertEquals(List.of(), signals("LATE"), "at risk on day 23 is not known");
        assertTrue(facts().stream().allMatch(f -> f.time() <= day(20)), facts().toString());
        assertTrue(facts().stream().anyMatch(f -> f.previousActive() == 1 && f.time() == day(20)),
                "the denominator of day 20, due at its start, is known");
    }

    @Test
    void activityAfterSilenceReactivates() throws Exception {
        open(Inputs.settings());
        for (int d = 0; d <= 5; d++) {
            send(ix("C", day(d), "usage"));
        }
        send(ix("C", day(10), "usage"));
        watermark(day(11));
        assertEquals(List.of(atRiskAfterDaily(5), "reactivated@10.0"), signals("C"));
    }

    @Test
    void outOfOrderInputGivesTheSameSignalsAsOrderedInput() throws Exception {
        List<CustomerInput> ordered = new ArrayList<>();
        ordered.add(account("C", day(0), "key", 100_000));
        ordered.add(ix("C", day(0), "signup"));
        for (int d = 1; d <= 6; d++) {
            ordered.add(ix("C", day(d), "purchase"));
        }
        ordered.add(said("C", day(6.5), 9, "positive", false));
        ordered.add(ix("C", day(12), "cancellation"));
        ordered.add(ix("C", day(20), "purchase"));

        open(Inputs.settings());
        for (CustomerInput in : ordered) {
            send(in);
            watermark(in.timestamp());
        }
        watermark(day(30));
        List<String> expected = signals("C");
        close();

        List<CustomerInput> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));
        open(Inputs.settings());
        for (CustomerInput in : shuffled) {
            send(in);
        }
        watermark(day(30));
        String atRisk = atRiskAfterDaily(6);
        assertEquals(List.of("new@0.0", atRisk, atRisk.replace("at_risk", "silent_churn_risk"),
                "churned@12.0", "reactivated@20.0"), expected,
                "after the comeback, six daily gaps and one of 14 days: not at risk by day 30");
        assertEquals(expected, signals("C"), "one watermark after all input, in random order");
    }

    @Test
    void cancellationThenNewPurchaseIsChurnedThenReactivated() throws Exception {
        open(Inputs.settings());
        send(ix("C", day(0), "purchase"), ix("C", day(1), "cancellation"),
                ix("C", day(5), "purchase"));
        watermark(day(5));
        assertEquals(List.of("churned@1.0", "reactivated@5.0"), signals("C"));
        assertEquals("cancellation", last("C", "churned").cause());
        assertTrue(last("C", "reactivated").reason().contains("after 4.0 days churned"),
                last("C", "reactivated").reason());
    }

    @Test
    void anUnusualDowngradeIsAtRiskAndAPurchaseDoesNotBringTheCustomerBack() throws Exception {
        open(Inputs.settings());
        send(ix("C", day(0), "signup"), ix("C", day(1), "downgrade"), ix("C", day(1.5), "usage"),
                ix("C", day(2), "renewal"), ix("C", day(3), "downgrade"),
                ix("C", day(60), "usage"));
        watermark(day(60));
        assertEquals(List.of("new@0.0", "at_risk@1.0", "reactivated@60.0"), signals("C"),
                "back only once a downgrade memory (56 days) passed without another downgrade");
        assertEquals("downgrade", last("C", "at_risk").cause());
    }

    @Test
    void keyAccountSayingItMayLeaveIsAtRiskWhileItKeepsOpeningTickets() throws Exception {
        open(Inputs.settings());
        send(account("K", day(0), "key", 1_240_000), ix("K", day(0.5), "usage"),
                said("K", day(1), 2, "negative", true),
                ix("K", day(1.5), "support_ticket"), ix("K", day(2), "support_ticket"));
        watermark(day(2));
        assertEquals(List.of("at_risk@1.0"), signals("K"), "tickets are not a comeback");
        CustomerSignal s = last("K", "at_risk");
        assertTrue(s.keyAccount());
        assertEquals("churn_intent", s.cause());
        assertEquals("detractor", s.lastNpsClass());
        assertEquals(2, s.lastNps());
        assertTrue(s.churnIntent());
        assertEquals(1_240_000.0, s.annualValue());
    }

    @Test
    void promoterWhoStopsBuyingIsASilentChurnRisk() throws Exception {
        open(Inputs.settings());
        for (int h = 0; h < 48; h += 2) {
            send(ix("P", day(0) + h * HOUR, "usage"));
        }
        send(said("P", day(1.5), 10, "positive", false));
        watermark(day(10));
        // last activity at 46h; typical gap 2h, so the 2-day floor applies
        assertEquals(List.of("at_risk@3.9166666666666665", "silent_churn_risk@3.9166666666666665"),
                signals("P"));
        CustomerSignal s = last("P", "silent_churn_risk");
        assertEquals("promoter", s.lastNpsClass());
        assertTrue(s.reason().startsWith("last answered 10 (promoter)"), s.reason());
    }

    @Test
    void detractorWhoKeepsBuyingIsALoyalCritic() throws Exception {
        open(Inputs.settings());
        send(said("L", day(0), 3, "negative", false), ix("L", day(1), "purchase"),
                ix("L", day(3), "purchase"), ix("L", day(5), "purchase"));
        watermark(day(5));
        assertEquals(List.of("loyal_critic@3.0"), signals("L"), "once, at the second purchase");
        assertEquals(2, last("L", "loyal_critic").recentPurchases());
        assertEquals(200.0, last("L", "loyal_critic").recentSpend());
    }

    @Test
    void aCriticWhoseAnswersSwingIsSignalledOncePerLookback() throws Exception {
        open(Inputs.settings());
        send(said("L", day(0), 3, "negative", false), ix("L", day(1), "purchase"),
                ix("L", day(3), "purchase"), said("L", day(4), 9, "positive", false),
                said("L", day(5), 2, "negative", false), ix("L", day(6), "purchase"),
                said("L", day(35), 10, "positive", false),
                said("L", day(40), 1, "negative", false), ix("L", day(40), "purchase"),
                ix("L", day(41), "purchase"));
        watermark(day(41));
        assertEquals(List.of("loyal_critic@3.0", "loyal_critic@41.0"), signals("L").stream()
                .filter(s -> s.startsWith("loyal_critic")).toList());
    }

    @Test
    void criticWhoseSpendFallsAwayIsNoLoyalCritic() throws Exception {
        open(Inputs.settings());
        // spend in the earlier half of the 30-day lookback, little in the later half
        send(ix("L", day(0), "purchase", 1000), ix("L", day(2), "purchase", 1000),
                said("L", day(20), 2, "negative", false), ix("L", day(21), "purchase", 10));
        watermark(day(21));
        assertEquals(List.of(), signals("L"));
    }

    @Test
    void rollupFactsCountActivityRetentionAndRevenue() throws Exception {
        open(Inputs.settings());
        send(account("C", day(0), "key", 1000), ix("C", day(0.1), "purchase", 50),
                ix("C", day(0.2), "usage"), ix("C", day(1.5), "renewal", 20));
        watermark(day(3));
        List<RetentionFact> f = facts();
        assertEquals(2, f.stream().mapToInt(RetentionFact::active).sum(), "day 0 and day 1");
        assertEquals(1, f.stream().mapToInt(RetentionFact::retained).sum(), "day 1 after day 0");
        assertEquals(2, f.stream().mapToInt(RetentionFact::previousActive).sum(),
                "counted as previously active on day 1 and day 2");
        assertEquals(70.0, f.stream().mapToDouble(RetentionFact::revenue).sum());
        assertTrue(f.stream().allMatch(x -> "key".equals(x.tier())));
    }

    @Test
    void retainedCountsInTheSegmentTheCustomerWasPreviouslyActiveIn() throws Exception {
        open(Inputs.settings());
        send(ix("C", day(0.1), "usage"), said("C", day(1.1), 9, null, false),
                ix("C", day(1.2), "usage"));
        watermark(day(1.5));
        List<RetentionFact> f = facts();
        RetentionFact previous = f.stream().filter(x -> x.previousActive() == 1).findFirst().get();
        RetentionFact retained = f.stream().filter(x -> x.retained() == 1).findFirst().get();
        assertEquals(null, previous.region(), "region unknown on day 0");
        assertEquals(null, retained.region(), "so retained on day 1 counts under unknown too");
        RetentionFact active = f.stream().filter(x -> x.active() == 1).reduce((a, b) -> b).get();
        assertEquals("north", active.region(), "while day 1's activity counts under north");
    }

    @Test
    void churnedCustomerLeavesNoStateAndNoTimersAfterTheRetention() throws Exception {
        open(RetentionSettings.from(Map.of("key-accounts.pareto-share", "0",
                "retention.churned.retention", "10d")));
        send(said("C", day(0), 9, "positive", false), ix("C", day(0), "purchase"),
                ix("C", day(1), "cancellation"));
        watermark(day(10));
        assertEquals(List.of("churned@1.0", "silent_churn_risk@1.0"), signals("C"));
        assertTrue(harness.numKeyedStateEntries() > 0);
        assertTrue(harness.numEventTimeTimers() > 0);
        watermark(day(11));
        assertEquals(0, harness.numKeyedStateEntries(), "state cleared");
        assertEquals(0, harness.numEventTimeTimers(), "timers deleted");
        send(ix("C", day(12), "purchase"));
        watermark(day(12));
        assertEquals(List.of("churned@1.0", "silent_churn_risk@1.0"), signals("C"),
                "after cleanup a comeback is a customer first seen again, not new without a signup");
    }

    @Test
    void silentCustomerEndsChurnedAndThenCleanedUp() throws Exception {
        open(RetentionSettings.from(Map.of("key-accounts.pareto-share", "0",
                "retention.churned.retention", "1d")));
        send(ix("C", day(0), "usage"), ix("C", day(1), "usage"));
        watermark(day(200));
        assertEquals(List.of("at_risk@46.0", "churned@91.0"), signals("C"));
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
    }

    @Test
    void stateExpiresAfterItsTtlInProcessingTime() throws Exception {
        open(RetentionSettings.from(Map.of("key-accounts.pareto-share", "0",
                "retention.state.ttl", "1h")));
        harness.setStateTtlProcessingTime(0);
        send(ix("C", day(0), "usage"));
        watermark(day(0));
        harness.setStateTtlProcessingTime(2 * HOUR);
        send(ix("C", day(0.5), "signup"));
        watermark(day(0.5));
        assertEquals(List.of("new@0.5"), signals("C"),
                "the first state expired: the signup is the first activity seen");
    }
}
