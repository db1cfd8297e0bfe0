package io.cxpulse.functions;

import java.time.Duration;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Forwards every record as it is and holds each watermark back by a fixed delay, so that the
 * operators after it wait longer for out-of-order events than those before it. The final
 * watermark of a bounded input passes unchanged. Stateless: after a restore it waits for the
 * next watermark from upstream.
 */
public final class DelayWatermarks<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T> {
    private final long delayMillis;
    private transient long emitted;

    public DelayWatermarks(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("watermark delay must not be negative: " + delay);
        }
        this.delayMillis = delay.toMillis();
    }

    @Override
    public void open() throws Exception {
        super.open();
        emitted = Long.MIN_VALUE;
    }

    @Override
    public void processElement(StreamRecord<T> element) {
        output.collect(element);
    }

    @Override
    public void processWatermark(Watermark mark) {
        long delayed = delayed(mark.getTimestamp(), delayMillis);
        if (delayed > emitted) {
            emitted = delayed;
            output.emitWatermark(new Watermark(delayed));
        }
    }

    /** The watermark {@code delayMillis} earlier; the end of input and the start stay as they are. */
    public static long delayed(long watermark, long delayMillis) {
        if (watermark == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return watermark < Long.MIN_VALUE + delayMillis ? Long.MIN_VALUE : watermark - delayMillis;
    }
}
