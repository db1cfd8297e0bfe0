package io.cxpulse.functions;

import io.cxpulse.records.RetentionObservation;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.triggers.EventTimeTrigger;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * Tumbling event-time windows over the time a retention fact counts at
 * ({@code RetentionFact.time}), not the record's timestamp: a fact emitted while catching up on
 * several deadlines in one timer (batch runs, late input) still lands in the window of its own
 * time. Fires on the watermark like {@code TumblingEventTimeWindows}.
 */
public class RetentionWindows extends WindowAssigner<RetentionObservation, TimeWindow> {

    private final long size;

    public RetentionWindows(Duration size) {
        this.size = size.toMillis();
    }

    @Override
    public Collection<TimeWindow> assignWindows(RetentionObservation observation, long timestamp,
            WindowAssignerContext context) {
        long start = TimeWindow.getWindowStartWithOffset(observation.fact().time(), 0, size);
        return List.of(new TimeWindow(start, start + size));
    }

    @Override
    public Trigger<RetentionObservation, TimeWindow> getDefaultTrigger() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Trigger<RetentionObservation, TimeWindow> trigger = (Trigger) EventTimeTrigger.create();
        return trigger;
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(ExecutionConfig executionConfig) {
        return new TimeWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return true;
    }
}
