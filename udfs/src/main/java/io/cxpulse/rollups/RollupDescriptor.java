package io.cxpulse.rollups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.serde.OutputJson;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * Everything that makes one windowed rollup topic, and nothing about how Flink runs it: which
 * segments a record counts in, the tally it adds to, how tallies merge, the rollup a window's
 * tally gives and its JSON, key and topic. The job's rollup builder wires any descriptor for
 * every window size and dimension it names (see {@code docs/architecture.md#rollups}).
 *
 * <p>A tally is a public-field POJO that Flink serializes without Kryo. Its {@link #merge} must be
 * exact (integer counts, {@link FixedPoint} sums): partial tallies reach a window in any order and
 * in any grouping, and the window's rollup must not depend on it.
 *
 * @param <I> the records counted
 * @param <T> the tally of a segment in a window
 * @param <R> the rollup of a segment in a window
 */
public interface RollupDescriptor<I, T, R> extends Serializable {

    /**
     * The prefix of its operators' uids and the source of their dead letters, e.g.
     * {@code nps-rollup}.
     */
    String uid();

    /** Its operators' name prefix, e.g. {@code NPS rollup}. */
    String name();

    /** The uid of the operator encoding its rollups for {@link #topic()}. */
    String encoderUid();

    /** The output topic. */
    String topic();

    /** The window sizes, each a tumbling event-time window aligned to the epoch. */
    List<Duration> windows();

    /** The dimensions a record counts in, one segment per dimension; see {@link Segments}. */
    List<String> dimensions();

    /** The record's own value for a dimension other than {@code overall}; null when none. */
    String rawValue(I record, String dimension);

    /** The event time the record counts at: it picks the record's windows. */
    long time(I record);

    /** The tally's class, for its Flink type. */
    Class<T> tallyType();

    /** The rollup's class, for its Flink type. */
    Class<R> rollupType();

    /** A tally of nothing. */
    T empty();

    /**
     * A tally of one record.
     *
     * @throws RuntimeException when the record cannot be counted; it is then left out
     */
    T tallyOf(I record);

    /** Adds {@code other} into {@code into}, exactly. */
    void merge(T into, T other);

    /**
     * The rollup of a segment's window.
     *
     * @param window the window size's label, e.g. {@code 1h}
     * @param revision 1 for the window's first result, then 2, 3... for late updates
     * @return null when the window gives no rollup; it then uses up no revision
     */
    R rollup(T tally, String dimension, String value, String window, long start, long end,
            int revision);

    /** The rollup's Kafka key. */
    String key(R rollup);

    /** The rollup's JSON, as documented in {@code docs/topics.md}. */
    ObjectNode json(OutputJson json, R rollup);
}
