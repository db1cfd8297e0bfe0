package io.cxpulse.jobs.testing;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Bounded out-of-orderness as in production, but a watermark after every event instead of
 * periodically, so that tests know exactly when windows and timers fire.
 */
public final class EveryEventWatermarks {
    private EveryEventWatermarks() {}

    /** @param time the event time of a record, epoch milliseconds */
    public static <T> WatermarkStrategy<T> of(Duration outOfOrderness,
            SerializableTimestampAssigner<T> time) {
        long bound = outOfOrderness.toMillis();
        return WatermarkStrategy.<T>forGenerator(ctx -> new WatermarkGenerator<T>() {
                    private long newest = Long.MIN_VALUE + bound + 1;

                    @Override
                    public void onEvent(T event, long timestamp, WatermarkOutput output) {
                        newest = Math.max(newest, timestamp);
                        output.emitWatermark(new Watermark(newest - bound - 1));
                    }

                    @Override
                    public void onPeriodicEmit(WatermarkOutput output) {}
                })
                .withTimestampAssigner(time);
    }
}
