package io.cxpulse.lateness;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides which events are too late to update any window, the same way in streaming and in
 * batch runs.
 *
 * <p>Each input split (a Kafka partition, or a file) has its own watermark: the newest event
 * time it has delivered, minus the allowed out-of-orderness, minus one millisecond, as Flink's
 * bounded-out-of-orderness watermarks compute it. An event is late when its time is at or
 * before that watermark, or the job's current watermark if higher, minus the allowed lateness.
 * Since a window operator's watermark never runs ahead of either, every event that passes is
 * still accepted by every window; and since a split delivers records in order, a batch run over
 * the same records in the same order rejects exactly the same events.
 *
 * <p>A batch run needs no such check: Flink sorts each key's events by time before its windows
 * and the watermark only comes at the end of the input, so every event reaches its windows
 * wherever it stands in a file. A backfill therefore applies this check only when asked to
 * reproduce a streaming run's drops ({@code backfill.lateness=streaming}); by default it counts
 * every valid event, and a file not sorted by time gives the same results as a sorted one.
 */
public final class LatenessCheck {
    private final long outOfOrdernessMillis;
    private final long allowedLatenessMillis;
    private final Map<String, Long> newestBySplit = new HashMap<>();

    public LatenessCheck(long outOfOrdernessMillis, long allowedLatenessMillis) {
        this.outOfOrdernessMillis = outOfOrdernessMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    /**
     * Checks one event and, when it is not late, records its time for its split.
     *
     * @param currentWatermark the job's watermark, {@link Long#MIN_VALUE} when there is none
     * @return the watermark the event was too old for, or {@link Long#MIN_VALUE} when not late
     */
    public long check(String split, long eventTime, long currentWatermark) {
        Long newest = newestBySplit.get(split);
        long splitWatermark = newest == null ? Long.MIN_VALUE : newest - outOfOrdernessMillis - 1;
        long watermark = Math.max(splitWatermark, currentWatermark);
        if (watermark != Long.MIN_VALUE && eventTime <= watermark - allowedLatenessMillis) {
            return watermark;
        }
        if (newest == null || eventTime > newest) {
            newestBySplit.put(split, eventTime);
        }
        return Long.MIN_VALUE;
    }

    public long allowedLatenessMillis() {
        return allowedLatenessMillis;
    }

    /** The newest event time per split, for checkpoints. */
    public Map<String, Long> snapshot() {
        return Map.copyOf(newestBySplit);
    }

    /** Restores checkpointed progress; on rescaling, several snapshots merge by maximum. */
    public void restore(String split, long newestEventTime) {
        newestBySplit.merge(split, newestEventTime, Math::max);
    }
}
