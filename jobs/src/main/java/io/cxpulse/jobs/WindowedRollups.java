package io.cxpulse.jobs;

import io.cxpulse.functions.CombineRollupPanes;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.Partial;
import io.cxpulse.functions.RollupWindows;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.rollups.RollupDescriptor;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The one builder of windowed rollups: wires any {@link RollupDescriptor} for every window size
 * and dimension it names. Per rollup, with {@code <rollup>} its {@link RollupDescriptor#uid()}:
 *
 * <ol>
 *   <li>{@code window-watermark-<rollup>}: holds the watermark back to {@code out.of.orderness}
 *       ({@link WindowWatermarks}); no state;
 *   <li>{@code <rollup>-partials}: chained to it, combines records into partial tallies per
 *       dimension, value and pane (the greatest common divisor of the window sizes), sent on the
 *       watermark and before each checkpoint barrier ({@link CombineRollupPanes}); no state;
 *   <li>{@code <rollup>-windows}: after the one shuffle by segment, every window size of the
 *       rollup, with its revisions ({@link RollupWindows}); keyed state per segment and window;
 *   <li>the encoder, with the descriptor's {@link RollupDescriptor#encoderUid()}.
 * </ol>
 */
public final class WindowedRollups {
    private WindowedRollups() {}

    /** The rollups, encoded for the descriptor's topic and keyed by its key. */
    public static <I, T, R> DataStream<OutputRecord> define(DataStream<I> records,
            RollupDescriptor<I, T, R> rollup, JobConfig config, ProcessingDeadLetters failed) {
        return encode(rollups(records, rollup, config, failed), rollup, config);
    }

    /** The rollups themselves; the dead letters of rollups that cannot be made go to {@code failed}. */
    public static <I, T, R> SingleOutputStreamOperator<R> rollups(DataStream<I> records,
            RollupDescriptor<I, T, R> rollup, JobConfig config, ProcessingDeadLetters failed) {
        List<String> labels = rollup.windows().stream().map(WindowSizes::label).toList();
        TypeInformation<Partial<T>> partials = Partial.type(rollup.tallyType());
        String combiner = rollup.uid() + "-partials";
        String windows = rollup.uid() + "-windows";
        return failed.of(WindowWatermarks.hold(records, config, rollup.uid())
                .transform(rollup.name() + " partials per pane", partials,
                        new CombineRollupPanes<I, T>(rollup, pane(rollup.windows()),
                                CombineRollupPanes.DEFAULT_MAX_HELD, combiner))
                .uid(combiner)
                .keyBy(Partial::segmentKey, Types.STRING)
                .transform(rollup.name() + " " + String.join(",", labels),
                        TypeInformation.of(rollup.rollupType()),
                        new RollupWindows<T, R>(rollup, labels, config.allowedLateness(), windows))
                .uid(windows));
    }

    /** Encodes rollups for the descriptor's topic. */
    public static <R> DataStream<OutputRecord> encode(DataStream<R> rollups,
            RollupDescriptor<?, ?, R> rollup, JobConfig config) {
        return rollups
                .map(new EncodeOutput<>(rollup.topic(), rollup::json, rollup::key,
                        config.deadLetterTopic()))
                .name("Encode " + rollup.name() + "s")
                .uid(rollup.encoderUid());
    }

    /** The largest unit every window size is a whole number of: their greatest common divisor. */
    static long pane(List<Duration> sizes) {
        long pane = 0;
        for (Duration size : sizes) {
            long millis = size.toMillis();
            while (millis != 0) {
                long rest = pane % millis;
                pane = millis;
                millis = rest;
            }
        }
        return pane;
    }
}
