package io.cxpulse.functions;

import io.cxpulse.alerts.Deadlines;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.state.ListState;

/**
 * Inputs that wait in a list state for the watermark: appended as they come, without reading
 * what waits (a merge in RocksDB), and taken out together once the watermark passes them.
 */
final class WaitingInputs {
    private WaitingInputs() {}

    /**
     * The inputs taken out, in the order they waited, and the earliest time of those left
     * ({@link Deadlines#NONE} when none is).
     */
    record Drained<T>(List<T> due, long next) {}

    /**
     * Takes the inputs at or before {@code until} out of the state, which keeps the later ones;
     * the state is written only when something was taken.
     */
    static <T> Drained<T> drain(ListState<T> state, long until, ToLongFunction<T> timeOf)
            throws Exception {
        List<T> due = new ArrayList<>();
        List<T> later = new ArrayList<>();
        long next = Deadlines.NONE;
        Iterable<T> waiting = state.get();
        for (T input : waiting == null ? List.<T>of() : waiting) {
            long time = timeOf.applyAsLong(input);
            if (time <= until) {
                due.add(input);
            } else {
                later.add(input);
                next = Deadlines.earliest(next, time);
            }
        }
        if (!due.isEmpty()) {
            if (later.isEmpty()) {
                state.clear();
            } else {
                state.update(later);
            }
        }
        return new Drained<>(due, next);
    }
}
