package io.cxpulse.functions;

import static io.cxpulse.retention.Inputs.day;
import static io.cxpulse.retention.Inputs.ix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.Inputs;
import io.cxpulse.retention.RetentionSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One input or deadline the customer lifecycle throws on fails neither the job nor the others. */
class ProcessCustomersFailureTest {

    /**
     * The lifecycle, except that an interaction of type {@code poison} cancels the customer,
     * emitting its signal, and then throws; and that every deadline of customer {@code D} throws.
     */
    static final class Throwing extends ProcessCustomers {
        Throwing() {
            super(CustomerHarness.settings(Inputs.settings()));
        }

        @Override
        protected CustomerLifecycle lifecycle(RetentionSettings settings) {
            return new CustomerLifecycle(settings) {
                @Override
                public void apply(CustomerState s, CustomerInput in, Output out) {
                    if ("poison".equals(in.type())) {
                        super.apply(s, ix(in.customerId(), in.timestamp(), "cancellation"), out);
                        throw new IllegalStateException("poison input");
                    }
                    super.apply(s, in, out);
                }

                @Override
                public boolean advanceTo(CustomerState s, long now, Output out) {
                    if ("D".equals(s.customerId)) {
                        s.status = CustomerState.CHURNED;
                        throw new IllegalStateException("poison deadline");
                    }
                    return super.advanceTo(s, now, out);
                }
            };
        }
    }

    record Run(List<String> signals, List<RetentionFact> facts, List<DeadLetter> deadLetters,
            int stateEntries) {}

    static Run run(ProcessCustomers function, long until, CustomerInput... inputs) throws Exception {
        try (CustomerHarness harness = new CustomerHarness(function)) {
            harness.send(inputs);
            harness.watermark(until);
            return new Run(harness.signals().stream()
                    .map(s -> s.customerId() + " " + s.signal() + "@"
                            + (s.timestamp() - Inputs.T0) / (double) Inputs.DAY)
                    .toList(), harness.facts(), harness.deadLetters(),
                    harness.harness.numKeyedStateEntries());
        }
    }

    @Test
    void anInputTheLifecycleThrowsOnIsDeadLetteredAndTheCustomerGoesOnAsIfItHadNotCome()
            throws Exception {
        CustomerInput signup = ix("C", day(0), "signup");
        CustomerInput poison = ix("C", day(1), "poison");
        CustomerInput usage = ix("C", day(2), "usage");

        Run withPoison = run(new Throwing(), day(50), signup, poison, usage);
        Run without = run(new Throwing(), day(50), signup, usage);

        // the poison input had cancelled the customer before it threw: had that stayed, the
        // usage of day 2 would reactivate; nothing of it may stay
        // silent from day 2; fewer than 3 gaps known, so at risk after the 45-day ceiling
        assertEquals(List.of("C new@0.0", "C at_risk@47.0"), without.signals());
        assertEquals(without.signals(), withPoison.signals());
        assertEquals(without.facts(), withPoison.facts());
        assertEquals(without.stateEntries(), withPoison.stateEntries());
        assertEquals(1, withPoison.deadLetters().size());
        DeadLetter dead = withPoison.deadLetters().get(0);
        assertEquals(ParseError.PROCESSING_ERROR, dead.errorType());
        assertEquals("interactions", dead.input());
        assertEquals("customers", dead.position().source());
        assertEquals(day(1), dead.eventTime());
        assertTrue(dead.reason().startsWith("customers: applying the interaction input"
                + " (key C) failed: java.lang.IllegalStateException: poison input"), dead.reason());
        assertTrue(dead.payload().contains("\"eventId\":\"" + poison.eventId() + "\""),
                dead.payload());
        assertEquals("utf-8", dead.payloadEncoding());
    }

    @Test
    void aDeadlineTheLifecycleThrowsOnDeadLettersAndClearsThatCustomerOnly() throws Exception {
        Run run = run(new Throwing(), day(50),
                ix("D", day(0), "signup"), ix("E", day(0), "signup"), ix("D", day(1), "usage"),
                ix("E", day(1), "usage"));

        assertEquals(List.of("D new@0.0", "E new@0.0", "E at_risk@46.0"), run.signals());
        List<DeadLetter> dead = run.deadLetters();
        assertTrue(dead.size() >= 1, dead.toString());
        assertEquals(DeadLetter.DERIVED, dead.get(0).input());
        assertNull(dead.get(0).eventTime());
        assertTrue(dead.get(0).reason().startsWith("customers: applying the deadline at "),
                dead.get(0).reason());
        assertTrue(dead.get(0).reason().contains("(key D); the customer's state is cleared failed:"
                + " java.lang.IllegalStateException: poison deadline"), dead.get(0).reason());
        assertTrue(dead.get(0).payload().contains("\"customerId\":\"D\""), dead.get(0).payload());
        assertTrue(run.facts().stream().noneMatch(f -> f.churned() > 0), run.facts().toString());
        // E's customer state and its timer only; D's are gone
        assertEquals(2, run.stateEntries());
    }
}
