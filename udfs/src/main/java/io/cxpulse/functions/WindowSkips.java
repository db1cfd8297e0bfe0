package io.cxpulse.functions;

import java.io.IOException;
import org.apache.flink.api.common.state.KeyedStateStore;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a window aggregate leaves out. An {@code AggregateFunction} has neither side output
 * nor metrics: its {@code add} builds a tally of the one record and merges it into the window's
 * tally only when that went through, so a record that throws leaves the window's tally as it
 * was; it is logged here and counted in the tally's {@code skipped}. The window function then
 * adds the records skipped since the window's last firing to its {@code processingErrors} metric.
 * The record left out is one per-dimension view of an input that its other outputs still carry.
 */
public final class WindowSkips {
    private static final Logger LOG = LoggerFactory.getLogger(WindowSkips.class);

    private WindowSkips() {}

    /** Logs a record an aggregate left out. */
    public static void logged(String aggregate, Object record, Throwable error) {
        LOG.warn("{}: adding {} to its window failed; it is left out of the window and the job"
                + " goes on", aggregate, record, error);
    }

    /** Counts in the metric the records skipped since the window's last firing. */
    public static void report(KeyedStateStore windowState, long skipped, ProcessingErrors errors)
            throws IOException {
        ValueState<Long> reported = windowState.getState(descriptor());
        long before = reported.value() == null ? 0 : reported.value();
        if (skipped > before) {
            errors.counted(skipped - before);
            reported.update(skipped);
        }
    }

    /** Forgets the window's count when the window is purged. */
    public static void clear(KeyedStateStore windowState) {
        windowState.getState(descriptor()).clear();
    }

    private static ValueStateDescriptor<Long> descriptor() {
        return new ValueStateDescriptor<>("skipped-reported", Long.class);
    }
}
