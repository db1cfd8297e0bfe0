package io.cxpulse.functions;

import io.cxpulse.rollups.RollupDescriptor;
import io.cxpulse.rollups.Segments;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Combines a rollup's records before the shuffle: chained behind the operator that makes them,
 * it adds each record to one tally per (dimension, value, pane), where a pane is the smallest
 * time unit every window size of the rollup is made of, and sends those partial tallies on, so
 * that a segment's windows receive a few partials instead of every record.
 *
 * <p>A pane's partials are sent when the watermark passes the pane's end, before the watermark
 * itself; all of them before each checkpoint barrier (the operator keeps no state) and at the end
 * of the input; and all of them when more than {@code maxHeld} are held. A record whose pane the
 * watermark has already passed (a late record within the allowed lateness) is sent at once, as a
 * partial of its own, so that it revises its windows as soon as it arrives. A record whose tally
 * cannot be made is left out, logged and counted in the {@code processingErrors} metric; the
 * record's other outputs still carry it.
 */
public final class CombineRollupPanes<I, T> extends AbstractStreamOperator<Partial<T>>
        implements OneInputStreamOperator<I, Partial<T>> {
    /** Partials held at most by default: far more than the segments of a few open panes. */
    public static final int DEFAULT_MAX_HELD = 10_000;

    private final RollupDescriptor<I, T, ?> rollup;
    private final String[] dimensions;
    private final long pane;
    private final int maxHeld;
    private final String operator;
    private transient Map<PaneKey, T> held;
    private transient long watermark;
    private transient ProcessingErrors errors;

    private record PaneKey(String dimension, String value, long start) {}

    /**
     * @param paneMillis the greatest common divisor of the rollup's window sizes
     * @param operator the operator's uid, for its metric and log lines
     */
    public CombineRollupPanes(RollupDescriptor<I, T, ?> rollup, long paneMillis, int maxHeld,
            String operator) {
        if (paneMillis <= 0) {
            throw new IllegalArgumentException("pane must be positive: " + paneMillis);
        }
        this.rollup = rollup;
        this.dimensions = List.copyOf(rollup.dimensions()).toArray(String[]::new);
        this.pane = paneMillis;
        this.maxHeld = maxHeld;
        this.operator = operator;
    }

    @Override
    public void open() throws Exception {
        super.open();
        held = new HashMap<>();
        watermark = Long.MIN_VALUE;
        errors = new ProcessingErrors(getRuntimeContext(), operator);
    }

    @Override
    public void processElement(StreamRecord<I> element) {
        I record = element.getValue();
        try {
            long start = TimeWindow.getWindowStartWithOffset(rollup.time(record), 0, pane);
            T one = rollup.tallyOf(record);
            boolean late = start + pane - 1 <= watermark;
            for (String dimension : dimensions) {
                String value = Segments.value(dimension, rollup.rawValue(record, dimension));
                if (late) {
                    emit(new Partial<>(dimension, value, start, one));
                } else {
                    T tally = held.computeIfAbsent(new PaneKey(dimension, value, start),
                            k -> rollup.empty());
                    rollup.merge(tally, one);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            errors.skipped("counting " + record + " in its panes", e);
        }
        if (held.size() > maxHeld) {
            flush(Long.MAX_VALUE);
        }
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        watermark = mark.getTimestamp();
        flush(watermark);
        super.processWatermark(mark);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush(Long.MAX_VALUE);
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void finish() throws Exception {
        flush(Long.MAX_VALUE);
        super.finish();
    }

    /** Sends the partials of every pane that ends at or before {@code time}. */
    private void flush(long time) {
        for (Iterator<Map.Entry<PaneKey, T>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<PaneKey, T> e = it.next();
            PaneKey key = e.getKey();
            if (time == Long.MAX_VALUE || key.start() + pane - 1 <= time) {
                emit(new Partial<>(key.dimension(), key.value(), key.start(), e.getValue()));
                it.remove();
            }
        }
    }

    private void emit(Partial<T> partial) {
        output.collect(new StreamRecord<>(partial, partial.paneStart() + pane - 1));
    }
}
