package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cxpulse.serde.Timestamps;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.junit.jupiter.api.Test;

class WindowSizesTest {

    @Test
    void parsesCommaSeparatedSizes() {
        assertEquals(List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1)),
                WindowSizes.parseList("15m, 1h,1d"));
    }

    @Test
    void rejectsEmptyAndNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> WindowSizes.parseList(" , "));
        assertThrows(IllegalArgumentException.class, () -> WindowSizes.parseList("0s"));
        assertThrows(IllegalArgumentException.class, () -> WindowSizes.parseList("1 fortnight"));
    }

    @Test
    void labelsUseTheLargestWholeUnit() {
        assertEquals("1d", WindowSizes.label(Duration.ofDays(1)));
        assertEquals("36h", WindowSizes.label(Duration.ofHours(36)));
        assertEquals("90m", WindowSizes.label(Duration.ofMinutes(90)));
        assertEquals("45s", WindowSizes.label(Duration.ofSeconds(45)));
        assertEquals("1500ms", WindowSizes.label(Duration.ofMillis(1500)));
    }

    @Test
    void dailyWindowsAreUtcDaysWhateverTheInputOffset() {
        // 01:30 at +02:00 on March 2 is 23:30 UTC on March 1
        long t = Timestamps.parseIso("2026-03-02T01:30:00+02:00");
        TimeWindow day = only(TumblingEventTimeWindows.of(Duration.ofDays(1)), t);
        assertEquals("2026-03-01T00:00:00Z", Timestamps.format(day.getStart()));
        assertEquals("2026-03-02T00:00:00Z", Timestamps.format(day.getEnd()));
    }

    @Test
    void hourlyWindowsStartOnTheHourAndExcludeTheirEnd() {
        TimeWindow hour = only(TumblingEventTimeWindows.of(Duration.ofHours(1)),
                Timestamps.parseIso("2026-03-01T10:59:59.999Z"));
        assertEquals("2026-03-01T10:00:00Z", Timestamps.format(hour.getStart()));
        TimeWindow next = only(TumblingEventTimeWindows.of(Duration.ofHours(1)),
                Timestamps.parseIso("2026-03-01T11:00:00Z"));
        assertEquals("2026-03-01T11:00:00Z", Timestamps.format(next.getStart()));
    }

    private static TimeWindow only(TumblingEventTimeWindows assigner, long timestamp) {
        Collection<TimeWindow> windows = assigner.assignWindows(null, timestamp,
                new WindowAssigner.WindowAssignerContext() {
                    @Override
                    public long getCurrentProcessingTime() {
                        return 0;
                    }
                });
        assertEquals(1, windows.size());
        return windows.iterator().next();
    }
}
