package io.cxpulse.functions;

import java.io.IOException;
import org.apache.flink.api.common.state.KeyedStateStore;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * The revision number of a window's results, kept in the window's own state: 1 for its first
 * firing, then 2, 3... for each late update within the allowed lateness. Rollups carry it so
 * that consumers keep the highest revision per key.
 */
public final class WindowRevisions {

    private WindowRevisions() {}

    /** Counts one more firing of the window and returns its revision. */
    public static int next(KeyedStateStore windowState) throws IOException {
        ValueState<Integer> revision = windowState.getState(descriptor());
        int next = revision.value() == null ? 1 : revision.value() + 1;
        revision.update(next);
        return next;
    }

    /** Forgets the window's revision when the window is purged. */
    public static void clear(KeyedStateStore windowState) {
        windowState.getState(descriptor()).clear();
    }

    private static ValueStateDescriptor<Integer> descriptor() {
        return new ValueStateDescriptor<>("revision", Integer.class);
    }
}
