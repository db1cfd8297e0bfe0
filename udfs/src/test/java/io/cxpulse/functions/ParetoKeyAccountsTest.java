package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import io.cxpulse.records.DeadLetter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.CustomerInput;
import java.math.BigDecimal;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParetoKeyAccountsTest {

    private KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, CustomerInput> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ParetoKeyAccounts(0.8)),
                ParetoKeyAccounts::keyOf, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void account(String id, long time, double value) throws Exception {
        harness.processElement(new StreamRecord<>(new AccountEvent("ac-" + id + time, time, id,
                "standard", BigDecimal.valueOf(value), id, "business"), time));
    }

    private List<String> changes() {
        return harness.extractOutputValues().stream()
                .map(c -> c.customerId() + (c.keyAccount() ? "+" : "-") + "@" + c.timestamp())
                .toList();
    }

    @Test
    void membershipChangesInEventTimeOrderWhateverTheArrivalOrder() throws Exception {
        account("B", 20, 300);
        account("A", 10, 500);
        account("C", 30, 100);
        account("D", 30, 100);
        harness.processWatermark(30);
        // A alone is 100%; with B, A (500 of 800) is not 80%, both are; then 1000 total: A+B
        assertEquals(List.of("A+@10", "B+@20"), changes());
        account("B", 40, 50);
        harness.processWatermark(40);
        assertEquals(List.of("A+@10", "B+@20", "B-@40", "C+@40"), changes());
        assertEquals(Types.STRING.getTypeClass(), String.class);
    }

    @Test
    void recordsOfOneTimeLeaveOnlyEachCustomersNetChange() throws Exception {
        // Applied one by one, B would join (A's 500 of 700 is short of 80%) and leave again when
        // C arrives; only the outcome of time 10 leaves.
        account("A", 10, 500);
        account("B", 10, 200);
        account("C", 10, 400);
        harness.processWatermark(10);
        // 1100 in all, 80% = 880: A 500 + C 400 = 900
        assertEquals(List.of("A+@10", "C+@10"), changes());
    }

    @Test
    void setSurvivesASnapshotAndRestore() throws Exception {
        account("A", 10, 500);
        account("B", 10, 300);
        account("C", 10, 200);
        harness.processWatermark(10);
        var snapshot = harness.snapshot(1, 11);
        harness.close();

        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ParetoKeyAccounts(0.8)),
                ParetoKeyAccounts::keyOf, Types.STRING);
        harness.initializeState(snapshot);
        harness.open();
        account("C", 20, 0);
        harness.processWatermark(20);
        // without C: 800 total, 640 needed: A+B stay, nothing changes; C was never a member
        assertEquals(List.of(), changes());
        account("A", 30, 10);
        harness.processWatermark(30);
        // A 10, B 300: total 310, 248 needed: B alone
        assertEquals(List.of("A-@30"), changes());
    }

    @Test
    void anAccountTheSetThrowsOnIsDeadLetteredAndLeftOutOfTheSet() throws Exception {
        account("A", 10, 500);
        account(null, 20, 500);     // ties A: the ranking then compares ids, and it has none
        account("B", 30, 300);
        harness.processWatermark(30);

        // as if the account without id had not come: A alone is the set at 10; at 30 A has
        // 500 of 800, less than 80%, and B joins
        assertEquals(List.of("A+@10", "B+@30"), changes());
        List<DeadLetter> dead = new ArrayList<>();
        harness.getSideOutput(ProcessingErrors.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
        assertEquals(1, dead.size());
        assertEquals("accounts", dead.get(0).input());
        assertEquals(20L, dead.get(0).eventTime());
        assertTrue(dead.get(0).reason().startsWith("pareto-key-accounts: ranking the account"
                + " failed: java.lang.NullPointerException"), dead.get(0).reason());
    }
}
