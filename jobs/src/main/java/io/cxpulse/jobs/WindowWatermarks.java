package io.cxpulse.jobs;

import io.cxpulse.functions.DelayWatermarks;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The watermark in front of every window. Sources make watermarks with
 * {@code out.of.orderness.fast}, which the account join, customer tracking and the alert rules
 * wait for; windows wait the full {@code out.of.orderness}, so the watermark is held back by the
 * difference right before each window. Operator uids: {@code window-watermark-<windows>}.
 */
final class WindowWatermarks {
    private WindowWatermarks() {}

    static <T> DataStream<T> hold(DataStream<T> stream, JobConfig config, String windows) {
        return stream
                .transform("Hold watermark for " + windows + " windows", stream.getType(),
                        new DelayWatermarks<T>(config.windowWatermarkDelay()))
                .uid("window-watermark-" + windows);
    }
}
