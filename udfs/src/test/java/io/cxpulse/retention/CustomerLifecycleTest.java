package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.HOUR;
import static io.cxpulse.retention.Inputs.day;
import static io.cxpulse.retention.Inputs.ix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the pure lifecycle calls a customer new. */
class CustomerLifecycleTest {

    private final List<CustomerSignal> signals = new ArrayList<>();
    private final CustomerLifecycle.Output out = new CustomerLifecycle.Output() {
        @Override
        public void signal(CustomerSignal signal) {
            signals.add(signal);
        }

        @Override
        public void fact(RetentionFact fact) {}
    };

    private void apply(CustomerLifecycle lifecycle, CustomerState s, CustomerInput... inputs) {
        for (CustomerInput in : inputs) {
            lifecycle.advanceTo(s, in.timestamp() - 1, out);
            lifecycle.apply(s, in, out);
        }
    }

    private List<Long> newAt() {
        return signals.stream().filter(x -> x.signal().equals(CustomerSignal.NEW))
                .map(CustomerSignal::timestamp).toList();
    }

    @Test
    void signupAfterFirstUsageIsNew() {
        CustomerState s = new CustomerState();
        long usage = day(1);
        long signup = usage + 3 * HOUR;
        apply(new CustomerLifecycle(Inputs.settings()), s,
                ix("C1", usage, "usage"), ix("C1", signup, "signup"));

        assertEquals(List.of(signup), newAt());
        CustomerSignal signal = signals.get(0);
        assertEquals("signed up, first seen 0.1 days earlier", signal.reason());
        assertEquals(CustomerState.ACTIVE, s.status);
    }

    @Test
    void secondSignupIsNotNew() {
        CustomerState s = new CustomerState();
        long first = day(1);
        apply(new CustomerLifecycle(Inputs.settings()), s, ix("C1", first, "signup"),
                ix("C1", day(2), "usage"), ix("C1", day(20), "signup"));

        assertEquals(List.of(first), newAt());
    }

    @Test
    void signupAsTheVeryFirstInputIsNew() {
        CustomerState s = new CustomerState();
        long signup = day(1);
        apply(new CustomerLifecycle(Inputs.settings()), s, ix("C1", signup, "signup"));

        assertEquals(List.of(signup), newAt());
        assertEquals("first activity: signup", signals.get(0).reason());
    }

    @Test
    void usageAloneIsNotNewWhenNewRequiresSignup() {
        CustomerState s = new CustomerState();
        apply(new CustomerLifecycle(Inputs.settings()), s,
                ix("C1", day(1), "usage"), ix("C1", day(2), "purchase"));

        assertEquals(List.of(), newAt());
    }

    @Test
    void withoutRequiredSignupTheFirstActivityIsNewAndALaterSignupIsNot() {
        RetentionSettings settings = RetentionSettings.from(Map.of(
                "key-accounts.pareto-share", "0", "retention.new.requires-signup", "false"));
        CustomerState s = new CustomerState();
        long usage = day(1);
        apply(new CustomerLifecycle(settings), s,
                ix("C1", usage, "usage"), ix("C1", usage + 3 * HOUR, "signup"));

        assertEquals(List.of(usage), newAt());
    }
}
