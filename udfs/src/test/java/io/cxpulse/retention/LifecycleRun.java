package io.cxpulse.retention;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionFact;
import java.util.ArrayList;
import java.util.List;

/** Runs one customer's inputs through the lifecycle as the Flink adapter does, for scenarios. */
final class LifecycleRun {
    private LifecycleRun() {}

    /** The signals of inputs in event-time order, deadlines applied up to {@code until}. */
    static List<CustomerSignal> signals(CustomerLifecycle lifecycle, List<CustomerInput> inputs,
            long until) {
        List<CustomerSignal> signals = new ArrayList<>();
        CustomerLifecycle.Output out = new CustomerLifecycle.Output() {
            @Override
            public void signal(CustomerSignal signal) {
                signals.add(signal);
            }

            @Override
            public void fact(RetentionFact fact) {}
        };
        CustomerState s = new CustomerState();
        for (CustomerInput in : inputs) {
            s = catchUp(lifecycle, s, in.timestamp() - 1, out);
            lifecycle.apply(s, in, out);
        }
        catchUp(lifecycle, s, until, out);
        return signals;
    }

    /** The deadlines up to a time, in order; a state the lifecycle forgets starts afresh. */
    private static CustomerState catchUp(CustomerLifecycle lifecycle, CustomerState s, long until,
            CustomerLifecycle.Output out) {
        long deadline;
        while ((deadline = lifecycle.nextDeadline(s)) != CustomerState.NONE && deadline <= until) {
            if (lifecycle.advanceTo(s, deadline, out)) {
                return new CustomerState();
            }
        }
        return s;
    }
}
