package io.cxpulse.functions;

import io.cxpulse.rollups.RollupDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.Triggerable;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Every window size of one rollup in one keyed operator: keyed by segment
 * ({@code <dimension>|<value>}), it merges each partial tally into the tumbling event-time window
 * of every size that contains the partial's pane, so one shuffle of partials feeds all sizes.
 *
 * <p>Windows behave as Flink's tumbling event-time windows with allowed lateness: a window fires
 * when the watermark passes its end (revision 1), and each partial that reaches it later, within
 * the allowed lateness, fires it again with the next revision; its state is dropped once the
 * watermark passes its end plus the allowed lateness, and a partial for a window dropped already
 * is left out and counted in {@code numLateRecordsDropped}. Rollups are timestamped with their
 * window's last millisecond. A rollup that cannot be made becomes a dead letter on
 * {@link ProcessingErrors#DEAD_LETTERS}, with the tally as payload.
 */
public final class RollupWindows<T, R> extends AbstractStreamOperator<R>
        implements OneInputStreamOperator<Partial<T>, R>, Triggerable<String, VoidNamespace> {

    private final RollupDescriptor<?, T, R> rollup;
    private final long[] sizes;
    private final String[] labels;
    private final long lateness;
    private final String operator;
    private transient List<MapState<Long, T>> tallies;
    private transient List<MapState<Long, Integer>> revisions;
    private transient InternalTimerService<VoidNamespace> timers;
    private transient ProcessingErrors errors;
    private transient Counter lateDropped;

    /**
     * @param labels the window sizes' labels, in the order of {@code rollup.windows()}
     * @param operator the operator's uid, the source of its dead letters
     */
    public RollupWindows(RollupDescriptor<?, T, R> rollup, List<String> labels,
            Duration allowedLateness, String operator) {
        this.rollup = rollup;
        this.sizes = rollup.windows().stream().mapToLong(Duration::toMillis).toArray();
        this.labels = labels.toArray(String[]::new);
        if (this.labels.length != sizes.length) {
            throw new IllegalArgumentException("one label per window size: " + labels);
        }
        this.lateness = allowedLateness.toMillis();
        this.operator = operator;
    }

    @Override
    public void open() throws Exception {
        super.open();
        TypeInformation<T> tallyType = TypeInformation.of(rollup.tallyType());
        tallies = new ArrayList<>();
        revisions = new ArrayList<>();
        for (String label : labels) {
            tallies.add(getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("tally-" + label, Types.LONG, tallyType)));
            revisions.add(getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("revision-" + label, Types.LONG, Types.INT)));
        }
        timers = getInternalTimerService("rollup-windows", VoidNamespaceSerializer.INSTANCE, this);
        errors = new ProcessingErrors(getRuntimeContext(), operator);
        lateDropped = getRuntimeContext().getMetricGroup().counter("numLateRecordsDropped");
    }

    @Override
    public void processElement(StreamRecord<Partial<T>> element) throws Exception {
        Partial<T> partial = element.getValue();
        long watermark = timers.currentWatermark();
        for (int i = 0; i < sizes.length; i++) {
            long start = TimeWindow.getWindowStartWithOffset(partial.paneStart(), 0, sizes[i]);
            long last = start + sizes[i] - 1;
            if (cleanupTime(last) <= watermark) {
                lateDropped.inc();
                continue;
            }
            T tally = tallies.get(i).get(start);
            if (tally == null) {
                tally = rollup.empty();
            }
            try {
                rollup.merge(tally, partial.tally());
            } catch (RuntimeException | StackOverflowError e) {
                errors.skipped("adding a partial tally to " + window(i, start) + " (key "
                        + getCurrentKey() + ")", e);
                continue;
            }
            tallies.get(i).put(start, tally);
            timers.registerEventTimeTimer(VoidNamespace.INSTANCE, cleanupTime(last));
            if (last <= watermark) {
                fire(i, start, (String) getCurrentKey(), tally);
            } else {
                timers.registerEventTimeTimer(VoidNamespace.INSTANCE, last);
            }
        }
    }

    @Override
    public void onEventTime(InternalTimer<String, VoidNamespace> timer) throws Exception {
        long time = timer.getTimestamp();
        for (int i = 0; i < sizes.length; i++) {
            long ending = time + 1 - sizes[i];
            T tally = tallies.get(i).get(ending);
            if (tally != null) {
                fire(i, ending, timer.getKey(), tally);
            }
            long expiring = time - lateness + 1 - sizes[i];
            if (cleanupTime(expiring + sizes[i] - 1) == time) {
                tallies.get(i).remove(expiring);
                revisions.get(i).remove(expiring);
            }
        }
    }

    @Override
    public void onProcessingTime(InternalTimer<String, VoidNamespace> timer) {}

    private void fire(int i, long start, String key, T tally) throws Exception {
        Integer before = revisions.get(i).get(start);
        int revision = before == null ? 1 : before + 1;
        int separator = key.indexOf('|');
        long last = start + sizes[i] - 1;
        R made;
        try {
            made = rollup.rollup(tally, key.substring(0, separator), key.substring(separator + 1),
                    labels[i], start, start + sizes[i], revision);
        } catch (RuntimeException | StackOverflowError e) {
            revisions.get(i).put(start, revision);
            output.collect(ProcessingErrors.DEAD_LETTERS, new StreamRecord<>(errors.deadLetter(
                    "making the rollup of " + window(i, start) + " (key " + key + ")", tally, e),
                    last));
            return;
        }
        if (made != null) {
            revisions.get(i).put(start, revision);
            output.collect(new StreamRecord<>(made, last));
        }
    }

    private TimeWindow window(int i, long start) {
        return new TimeWindow(start, start + sizes[i]);
    }

    /** When a window's state goes: the allowed lateness after its last millisecond. */
    private long cleanupTime(long last) {
        long cleanup = last + lateness;
        return cleanup >= last ? cleanup : Long.MAX_VALUE;
    }
}
