package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
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

/** Reviews learn their customer's account as of their event time; anonymous ones stay so. */
class JoinReviewAccountsTest {

    private KeyedTwoInputStreamOperatorTestHarness<String, ScoredReview, CustomerInput,
            AccountedReview> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new JoinReviewAccounts(Duration.ofDays(400))),
                JoinReviewAccounts::keyOf, CustomerInput::customerId, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void review(String id, String customer, long time) throws Exception {
        ReviewEvent e = new ReviewEvent(id, time, 1, "We are leaving", "google", null, null, null,
                null, customer, "en", null);
        harness.processElement1(new StreamRecord<>(new ScoredReview(e, null), time));
    }

    private void account(String customer, long time, String tier) throws Exception {
        harness.processElement2(new StreamRecord<>(CustomerInput.account(new AccountEvent(
                "acc-" + time, time, customer, tier, new BigDecimal("100000"), "Acme", "b2b")), time));
    }

    private void pareto(String customer, long time, boolean member) throws Exception {
        harness.processElement2(new StreamRecord<>(
                CustomerInput.keyAccount(customer, time, member), time));
    }

    private List<String> output() {
        return harness.<AccountedReview>extractOutputValues().stream()
                .map(a -> a.scored().event().eventId() + ":" + a.tier() + ":" + a.keyAccount())
                .sorted().toList();
    }

    @Test
    void aReviewGetsTheAccountAsOfItsTimeOnceTheWatermarkPassesIt() throws Exception {
        review("before", "K1", 1_000);
        review("after", "K1", 3_000);
        account("K1", 2_000, "key");
        account("K1", 500, "standard");
        harness.processBothWatermarks(new Watermark(1_500));
        assertEquals(List.of("before:standard:false"), output());
        harness.processBothWatermarks(new Watermark(3_000));
        assertEquals(List.of("after:key:true", "before:standard:false"), output());
    }

    @Test
    void aParetoMemberIsAKeyAccountAndAnAnonymousReviewIsNot() throws Exception {
        account("P1", 100, "standard");
        pareto("P1", 100, true);
        review("member", "P1", 1_000);
        review("anonymous", null, 1_000);
        review("unknown", "C9", 1_000);
        harness.processBothWatermarks(new Watermark(1_000));
        assertEquals(List.of("anonymous:unknown:false", "member:standard:true",
                "unknown:unknown:false"), output());
    }
}
