package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.functions.CountRollup.Count;
import io.cxpulse.records.DeadLetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every window size of a rollup in one keyed operator: 1 h and 1 d, 1 h allowed lateness. */
class RollupWindowsTest {
    /** 2026-03-01T00:00:00Z. */
    static final long DAY0 = 1_772_323_200_000L;
    static final long W0 = DAY0 + 10 * CombineRollupPanesTest.HOUR;
    static final long HOUR = CombineRollupPanesTest.HOUR;
    static final long MINUTE = CombineRollupPanesTest.MINUTE;
    static final long DAY = 24 * HOUR;

    private KeyedOneInputStreamOperatorTestHarness<String, Partial<Count>, String> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new RollupWindows<>(CombineRollupPanesTest.ROLLUP, List.of("1h", "1d"),
                        Duration.ofHours(1), "count-rollup-windows"),
                Partial::segmentKey, Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void partial(String group, long pane, long n, long records) throws Exception {
        Count count = new Count();
        count.n = n;
        count.records = records;
        harness.processElement(new Partial<>("group", group, pane, count), pane);
    }

    private List<String> rollups() {
        List<String> out = new ArrayList<>(harness.extractOutputValues());
        harness.getOutput().clear();
        return out;
    }

    @Test
    void everyWindowSizeFiresFromTheSamePartialsWhenTheWatermarkPassesItsEnd() throws Exception {
        partial("a", W0, 2, 1);
        partial("a", W0, 3, 2);
        partial("a", W0 + HOUR, 4, 1);
        harness.processWatermark(W0 + HOUR - 2);
        assertEquals(List.of(), rollups());

        harness.processWatermark(W0 + HOUR - 1);
        assertEquals(List.of("1h|group|a|" + W0 + "|n=5|records=3#1"), rollups());
        harness.processWatermark(DAY0 + DAY - 1);
        assertEquals(List.of("1h|group|a|" + (W0 + HOUR) + "|n=4|records=1#1",
                "1d|group|a|" + DAY0 + "|n=9|records=4#1"), rollups());
    }

    @Test
    void rollupsCarryTheirWindowsLastMillisecond() throws Exception {
        partial("a", W0, 1, 1);
        harness.processWatermark(DAY0 + DAY - 1);
        List<Long> times = new ArrayList<>();
        for (Object o : harness.getOutput()) {
            if (o instanceof StreamRecord<?> r) {
                times.add(r.getTimestamp());
            }
        }
        assertEquals(List.of(W0 + HOUR - 1, DAY0 + DAY - 1), times);
    }

    @Test
    void aLatePartialWithinTheAllowedLatenessFiresItsClosedWindowsWithTheNextRevision()
            throws Exception {
        partial("a", W0, 1, 1);
        harness.processWatermark(W0 + HOUR + 10 * MINUTE);
        assertEquals(List.of("1h|group|a|" + W0 + "|n=1|records=1#1"), rollups());

        partial("a", W0, 2, 1);
        partial("a", W0, 3, 1);
        assertEquals(List.of("1h|group|a|" + W0 + "|n=3|records=2#2",
                "1h|group|a|" + W0 + "|n=6|records=3#3"), rollups(), "the day is still open");

        partial("b", W0, 5, 1);
        assertEquals(List.of("1h|group|b|" + W0 + "|n=5|records=1#1"), rollups(),
                "revisions count per segment");
    }

    @Test
    void aPartialLaterThanTheAllowedLatenessCountsOnlyInWindowsStillOpen() throws Exception {
        partial("a", W0, 1, 1);
        harness.processWatermark(W0 + 2 * HOUR);
        rollups();
        partial("a", W0, 2, 1);
        assertEquals(List.of(), rollups(), "the hour is gone, the day not closed yet");
        harness.processWatermark(DAY0 + DAY - 1);
        assertEquals(List.of("1d|group|a|" + DAY0 + "|n=3|records=2#1"), rollups());
    }

    @Test
    void aWindowsStateIsGoneOnceTheAllowedLatenessHasPassed() throws Exception {
        partial("a", W0, 1, 1);
        partial("b", W0 + HOUR, 1, 1);
        harness.processWatermark(W0 + 2 * HOUR + 10 * MINUTE);
        partial("b", W0 + HOUR, 1, 1);
        assertTrue(harness.numKeyedStateEntries() > 0);
        harness.processWatermark(DAY0 + DAY + HOUR);
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
    }

    @Test
    void aWindowWithoutARollupUsesNoRevision() throws Exception {
        partial("hidden", W0, 1, 1);
        harness.processWatermark(W0 + HOUR + MINUTE);
        partial("hidden", W0, 1, 1);
        assertEquals(List.of(), rollups());
    }

    @Test
    void aRollupThatCannotBeMadeIsDeadLetteredAndTheOtherWindowsGoOn() throws Exception {
        partial("broken", W0, 1, 1);
        partial("a", W0, 1, 1);
        harness.processWatermark(W0 + HOUR - 1);

        assertEquals(List.of("1h|group|a|" + W0 + "|n=1|records=1#1"), rollups());
        List<DeadLetter> dead = new ArrayList<>();
        harness.getSideOutput(ProcessingErrors.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
        assertEquals(1, dead.size());
        assertEquals("count-rollup-windows", dead.get(0).position().source());
        assertEquals(DeadLetter.DERIVED, dead.get(0).input());
        assertTrue(dead.get(0).reason().startsWith("count-rollup-windows: making the rollup of"
                + " TimeWindow{start=" + W0 + ", end=" + (W0 + HOUR) + "} (key group|broken)"),
                dead.get(0).reason());
        assertTrue(dead.get(0).payload().contains("\"records\":1"), dead.get(0).payload());
    }
}
