package io.cxpulse.functions;

import static io.cxpulse.retention.Inputs.HOUR;
import static io.cxpulse.retention.Inputs.account;
import static io.cxpulse.retention.Inputs.day;
import static io.cxpulse.retention.Inputs.ix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertInputs;
import io.cxpulse.alerts.CustomerAlertInput;
import io.cxpulse.alerts.Evidence;
import io.cxpulse.records.CustomerEvent;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.retention.Inputs;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ProcessCustomers} as one operator: one buffer drained in (time, kind, id) order from one
 * timer per key, the same outputs whatever the arrival order, responses leaving with their own
 * time, and rule state that resolves its open alert before it expires, in streaming and batch.
 */
class ProcessCustomersTest {

    private static ScoredFeedback response(String id, String customer, long time, int nps,
            String... intents) {
        Sentiment s = new Sentiment(-0.6, Sentiment.NEGATIVE, "en",
                new SentimentTerm[0], new AspectSentiment[0], intents, false);
        return new ScoredFeedback(new FeedbackEvent(id, time, customer, nps, "we will leave",
                "app", "mobile", "north", null, null, "en", null),
                nps <= 6 ? "detractor" : nps <= 8 ? "passive" : "promoter", s);
    }

    private static CustomerEvent review(String id, String customer, long time, String... intents) {
        Sentiment s = new Sentiment(-0.6, Sentiment.NEGATIVE, "en",
                new SentimentTerm[0], new AspectSentiment[0], intents, false);
        return CustomerEvent.of(AlertInputs.customerReview(new ScoredReview(new ReviewEvent(id,
                time, 1, "I will call my lawyer", "google", null, "mobile", null, null, customer,
                "en", null), s)));
    }

    /** A key account's fortnight: accounts, deeds and words, some of them at the same time. */
    private static List<CustomerEvent> fortnight() {
        List<CustomerEvent> in = new ArrayList<>();
        in.add(CustomerEvent.of(account("K", day(0), "key", 900_000)));
        in.add(CustomerEvent.of(account("S", day(0), "standard", 1_000)));
        for (int d = 0; d < 14; d++) {
            in.add(CustomerEvent.of(ix("K", day(d), "usage")));
            in.add(CustomerEvent.of(ix("S", day(d), d % 4 == 0 ? "purchase" : "usage")));
        }
        in.add(CustomerEvent.of(response("fb-1", "K", day(3), 9)));
        in.add(CustomerEvent.of(response("fb-2", "K", day(5), 2, "churn")));
        in.add(CustomerEvent.of(response("fb-3", "K", day(5), 3)));
        in.add(CustomerEvent.of(account("K", day(5), "standard", 800_000)));
        in.add(review("rv-1", "S", day(6), "escalation"));
        in.add(review("rv-2", "K", day(6), "escalation"));
        in.add(CustomerEvent.of(response("fb-4", "S", day(6), 1, "escalation")));
        return in;
    }

    private static String run(List<CustomerEvent> inputs, boolean batch) throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings(), batch, Long.MAX_VALUE)))) {
            for (CustomerEvent e : inputs) {
                h.send(e);
            }
            if (!batch) {
                h.watermark(day(7));
            }
            h.watermark(Long.MAX_VALUE);
            List<String> out = new ArrayList<>();
            h.accountedRecords().forEach(r -> out.add("accounted " + r.getTimestamp() + " "
                    + r.getValue().scored().event().eventId() + " " + r.getValue().tier()));
            h.signals().forEach(s -> out.add("signal " + s));
            h.facts().forEach(f -> out.add("fact " + f));
            h.alerts().forEach(a -> out.add("alert " + a.alertId() + " " + a.status() + " "
                    + a.sequence() + " " + a.count() + " " + a.firstSeen() + " " + a.lastSeen()
                    + " " + a.observed() + " " + a.message() + " " + Arrays.stream(a.evidence())
                            .map(Evidence::eventId).toList()));
            Collections.sort(out);
            return String.join("\n", out);
        }
    }

    @Test
    void outOfOrderInputsAndTiesGiveTheSameOutputsInStreamingAndBatch() throws Exception {
        List<CustomerEvent> ordered = fortnight();
        String expected = run(ordered, false);
        assertTrue(expected.contains("alert "), expected);
        Random random = new Random(13);
        for (int i = 0; i < 5; i++) {
            List<CustomerEvent> shuffled = new ArrayList<>(ordered);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, run(shuffled, false), "shuffle " + i);
        }
        assertEquals(expected, run(ordered, true), "batch");
    }

    @Test
    void oneTimerPerKeyDrainsEverythingTheWatermarkPassed() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            h.send(response("fb-3", "C", day(3), 9));
            h.send(response("fb-1", "C", day(1), 9));
            h.send(ix("C", day(2), "signup"));
            h.send(response("fb-2", "C", day(2), 9));
            assertEquals(1, h.harness.numEventTimeTimers(), "one timer, at the earliest input");
            assertEquals(List.of(), h.accounted());
            h.watermark(day(2));
            List<String> left = h.accountedRecords().stream()
                    .map(r -> r.getValue().scored().event().eventId() + "@" + r.getTimestamp())
                    .toList();
            assertEquals(List.of("fb-1@" + day(1), "fb-2@" + day(2)), left,
                    "in event-time order, each with its own time");
            assertEquals(1, h.harness.numEventTimeTimers(), "one timer, at the next input");
            assertEquals(List.of("new"), h.signals().stream().map(s -> s.signal()).toList());
            h.watermark(day(3));
            assertEquals(3, h.accounted().size());
        }
    }

    @Test
    void aKeyAccountAlertResolvesBeforeItsRuleStateExpiresInStreaming() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            h.send(account("K", day(0), "key", 900_000));
            h.send(response("fb-1", "K", day(1), 2, "churn"));
            h.watermark(day(1));
            assertEquals(List.of(Alert.OPEN), statuses(h));
            int withRules = h.harness.numKeyedStateEntries();
            h.watermark(day(400));
            assertEquals(List.of(Alert.OPEN, Alert.RESOLVED), statuses(h));
            assertTrue(h.harness.numKeyedStateEntries() < withRules,
                    "the rule state expired in event time");
            assertEquals(0, h.harness.numEventTimeTimers(), "nothing left to wait for");
        }
    }

    @Test
    void aKeyAccountAlertResolvesBeforeItsRuleStateExpiresInBatch() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings(), true, day(400))))) {
            h.send(account("K", day(0), "key", 900_000));
            h.send(response("fb-1", "K", day(1), 2, "churn"));
            h.send(ix("K", day(400), "usage"));
            h.watermark(Long.MAX_VALUE);
            assertEquals(List.of(Alert.OPEN, Alert.RESOLVED), statuses(h),
                    "a timer set from a timer never fires in batch: the end-of-input timer does it");
        }
    }

    @Test
    void noDeadlineAfterTheHorizonIsApplied() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings(), true, day(2))))) {
            h.send(account("K", day(0), "key", 900_000));
            h.send(response("fb-1", "K", day(1), 2, "churn"));
            h.send(ix("K", day(2), "usage"));
            h.watermark(Long.MAX_VALUE);
            assertEquals(List.of(Alert.OPEN), statuses(h), "still open when the input ends");
        }
    }

    @Test
    void reviewsReachTheCustomerRulesWithTheirAccountAsOfTheirTime() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            h.send(account("K", day(0), "key", 900_000));
            h.send(review("rv-1", "K", day(1), "churn"));
            h.send(review("rv-2", "S", day(1), "escalation"));
            h.watermark(day(1));
            assertEquals(List.of("key-account K open", "escalation S open"), h.alerts().stream()
                    .map(a -> a.rule() + " " + a.subject().id() + " " + a.status()).toList());
            assertEquals(List.of(), h.accounted(), "reviews leave no accounted response");
        }
    }

    @Test
    void accountHistoryKeepsWhatTheAllowedLatenessCanStillAskFor() throws Exception {
        // allowed lateness: 6 hours
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            h.send(account("C", day(0), "gold", 100));
            h.send(account("C", day(1), "silver", 200));
            h.send(account("C", day(2), "bronze", 300));
            h.watermark(day(2) + 3 * HOUR);
            h.send(response("late", "C", day(2) - 2 * HOUR, 9));
            h.send(response("too-late", "C", day(0.5), 9));
            h.watermark(day(2) + 4 * HOUR);
            assertEquals(List.of("too-late unknown", "late silver"), h.accounted().stream()
                    .map(a -> a.scored().event().eventId() + " " + a.tier()).toList(),
                    "the version in force at the watermark minus the lateness stays; older go");
        }
    }

    @Test
    void aReactivatedCustomerMakesNoAlertWithoutAKeyAccount() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            h.send(ix("C", day(0), "signup"), ix("C", day(60), "usage"));
            h.watermark(day(61));
            assertTrue(h.signals().stream().anyMatch(s -> s.signal().equals("reactivated")));
            assertEquals(List.of(), h.alerts());
            assertEquals(0, h.deadLetters().size());
        }
    }

    @Test
    void anInputARuleThrowsOnIsDeadLetteredAndTheOthersGoOn() throws Exception {
        try (CustomerHarness h = new CustomerHarness(new ProcessCustomers(
                CustomerHarness.settings(Inputs.settings())))) {
            CustomerEvent broken = review("rv-broken", "S", day(1), "escalation");
            h.send(CustomerEvent.of(new CustomerAlertInput("S", day(1), false,
                    CustomerAlertInput.REVIEW, -1, true, null, null,
                    broken.review().evidence())));
            h.send(response("fb-1", "S", day(1), 9));
            h.send(review("rv-2", "T", day(1), "escalation"));
            h.watermark(day(1));
            assertEquals(1, h.deadLetters().size(), h.deadLetters().toString());
            assertTrue(h.deadLetters().get(0).reason().startsWith(
                    "customers: judging the input (key S) failed: java.lang.NullPointerException"),
                    h.deadLetters().get(0).reason());
            assertEquals(List.of("fb-1"), h.accounted().stream()
                    .map(a -> a.scored().event().eventId()).toList());
            assertEquals(List.of("escalation T open"), h.alerts().stream()
                    .map(a -> a.rule() + " " + a.subject().id() + " " + a.status()).toList());
        }
    }

    private static List<String> statuses(CustomerHarness h) {
        return h.alerts().stream().map(Alert::status).toList();
    }
}
