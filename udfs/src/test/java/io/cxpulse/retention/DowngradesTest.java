package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.day;
import static io.cxpulse.retention.Inputs.ix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a downgrade puts a customer at risk, and what takes it back (memory: 56 days). */
class DowngradesTest {

    private final CustomerLifecycle lifecycle = new CustomerLifecycle(Inputs.settings());
    private final CustomerState s = new CustomerState();
    private final List<CustomerSignal> signals = new ArrayList<>();
    private final CustomerLifecycle.Output out = new CustomerLifecycle.Output() {
        @Override
        public void signal(CustomerSignal signal) {
            signals.add(signal);
        }

        @Override
        public void fact(RetentionFact fact) {}
    };

    private void apply(CustomerInput... inputs) {
        for (CustomerInput in : inputs) {
            catchUp(in.timestamp() - 1);
            lifecycle.apply(s, in, out);
        }
    }

    /** The deadlines up to a time, in order, as the Flink adapter applies them. */
    private void catchUp(long until) {
        long deadline;
        while ((deadline = lifecycle.nextDeadline(s)) != CustomerState.NONE && deadline <= until) {
            lifecycle.advanceTo(s, deadline, out);
        }
    }

    /** Daily usage from the first day to the last, inclusive. */
    private void dailyUsage(int from, int to) {
        for (int d = from; d <= to; d++) {
            apply(ix("C1", day(d), "usage"));
        }
    }

    private List<String> seen() {
        return signals.stream().map(x -> x.signal() + (x.cause() == null ? "" : ":" + x.cause())
                + "@" + (x.timestamp() - Inputs.T0) / Inputs.DAY).toList();
    }

    @Test
    void aFirstDowngradeAfterTheMemoryPutsTheCustomerAtRisk() {
        dailyUsage(0, 60);
        apply(ix("C1", day(60.5), "downgrade"));

        assertEquals(List.of("at_risk:downgrade@60"), seen());
        assertEquals("downgraded, its first downgrade in the 60.5 days it has been seen",
                signals.get(0).reason());
    }

    @Test
    void aDowngradeBeforeTheJobKnowsTheCustomerForAMemoryIsNoNews() {
        dailyUsage(0, 30);
        apply(ix("C1", day(30.5), "downgrade"));

        assertEquals(List.of(), seen());
    }

    @Test
    void aCustomerSeenSigningUpIsKnownFromItsSignup() {
        apply(ix("C1", day(0), "signup"));
        dailyUsage(1, 10);
        apply(ix("C1", day(10.5), "downgrade"));

        assertEquals(List.of("new@0", "at_risk:downgrade@10"), seen());
    }

    @Test
    void routinePlanChangesNeverPutTheCustomerAtRisk() {
        for (int d = 0; d <= 120; d++) {
            apply(ix("C1", day(d), d % 10 == 3 ? "downgrade" : d % 10 == 4 ? "purchase" : "usage"));
        }

        assertEquals(List.of(), seen());
    }

    @Test
    void purchasesDoNotEndTheRiskAndAMemoryWithoutDowngradeDoes() {
        dailyUsage(0, 60);
        apply(ix("C1", day(60.5), "downgrade"), ix("C1", day(61), "purchase"),
                ix("C1", day(62), "renewal"), ix("C1", day(65), "downgrade"));
        for (int d = 66; d <= 125; d++) {
            apply(ix("C1", day(d), d % 7 == 0 ? "purchase" : "usage"));
        }

        assertEquals(List.of("at_risk:downgrade@60", "reactivated@121"), seen(),
                "one signal for both downgrades; back 56 days after the last");
    }

    @Test
    void aDowngradeWhileAtRiskBySilenceIsActivityAndThenJudgedAsADowngrade() {
        dailyUsage(0, 60);
        apply(ix("C1", day(70), "downgrade"));

        assertEquals(List.of("at_risk:inactivity@62", "reactivated@70", "at_risk:downgrade@70"),
                seen());
    }
}
