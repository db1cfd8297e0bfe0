package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.functions.CountRollup.Count;
import io.cxpulse.functions.CountRollup.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The combiner in front of a rollup's shuffle: hour panes, for windows of 1 h and 1 d. */
class CombineRollupPanesTest {
    /** 2026-03-01T10:00:00Z. */
    static final long W0 = 1_772_359_200_000L;
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;
    static final CountRollup ROLLUP =
            new CountRollup(List.of(Duration.ofHours(1), Duration.ofDays(1)));

    private OneInputStreamOperatorTestHarness<Event, Partial<Count>> harness;

    private void open(int maxHeld) throws Exception {
        harness = new OneInputStreamOperatorTestHarness<>(
                new CombineRollupPanes<>(ROLLUP, HOUR, maxHeld, "count-rollup-partials"));
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void event(long time, String group, long n) throws Exception {
        harness.processElement(new Event(time, group, n), time);
    }

    /** Partials as {@code dimension|value|pane start|n|records}, watermarks as {@code wm <time>}. */
    private List<String> output() {
        List<String> out = new ArrayList<>();
        for (Object o : harness.getOutput()) {
            if (o instanceof Watermark w) {
                out.add("wm " + w.getTimestamp());
            } else {
                @SuppressWarnings("unchecked")
                Partial<Count> p = ((StreamRecord<Partial<Count>>) o).getValue();
                out.add(p.dimension() + "|" + p.value() + "|" + p.paneStart() + "|" + p.tally().n
                        + "|" + p.tally().records);
            }
        }
        return out;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    @Test
    void aPaneIsSentAsOnePartialPerSegmentWhenTheWatermarkPassesItsEndBeforeTheWatermark()
            throws Exception {
        open(CombineRollupPanes.DEFAULT_MAX_HELD);
        event(W0 + 5 * MINUTE, "a", 1);
        event(W0 + 30 * MINUTE, "a", 2);
        event(W0 + 40 * MINUTE, "b", 4);
        event(W0 + HOUR + MINUTE, "a", 8);
        harness.processWatermark(W0 + HOUR - 2);
        assertEquals(List.of("wm " + (W0 + HOUR - 2)), output(), "the pane is still open");

        harness.getOutput().clear();
        harness.processWatermark(W0 + HOUR - 1);
        List<String> out = output();
        assertEquals(4, out.size(), out.toString());
        assertEquals(sorted(List.of("overall|all|" + W0 + "|7|3", "group|a|" + W0 + "|3|2",
                "group|b|" + W0 + "|4|1")), sorted(out.subList(0, 3)));
        assertEquals("wm " + (W0 + HOUR - 1), out.get(3), "the watermark after the partials");
    }

    @Test
    void everythingHeldIsSentBeforeACheckpointBarrierAndNothingIsKept() throws Exception {
        open(CombineRollupPanes.DEFAULT_MAX_HELD);
        event(W0 + 5 * MINUTE, "a", 1);
        event(W0 + HOUR + 5 * MINUTE, null, 2);
        harness.prepareSnapshotPreBarrier(1);
        assertEquals(sorted(List.of("overall|all|" + W0 + "|1|1", "group|a|" + W0 + "|1|1",
                        "overall|all|" + (W0 + HOUR) + "|2|1",
                        "group|unknown|" + (W0 + HOUR) + "|2|1")),
                sorted(output()));

        harness.getOutput().clear();
        harness.processWatermark(W0 + 3 * HOUR);
        assertEquals(List.of("wm " + (W0 + 3 * HOUR)), output());
    }

    @Test
    void aRecordWhosePaneTheWatermarkPassedIsSentAtOnceOnItsOwn() throws Exception {
        open(CombineRollupPanes.DEFAULT_MAX_HELD);
        harness.processWatermark(W0 + HOUR + 10 * MINUTE);
        harness.getOutput().clear();
        event(W0 + 30 * MINUTE, "a", 5);
        event(W0 + 31 * MINUTE, "a", 6);
        assertEquals(List.of("overall|all|" + W0 + "|5|1", "group|a|" + W0 + "|5|1",
                "overall|all|" + W0 + "|6|1", "group|a|" + W0 + "|6|1"), output());
    }

    @Test
    void aRecordThatCannotBeCountedIsLeftOutAndTheOthersCount() throws Exception {
        open(CombineRollupPanes.DEFAULT_MAX_HELD);
        event(W0 + 5 * MINUTE, "a", 1);
        event(W0 + 6 * MINUTE, "a", -1);
        event(W0 + 7 * MINUTE, "a", 2);
        harness.processWatermark(W0 + HOUR - 1);
        assertEquals(sorted(List.of("overall|all|" + W0 + "|3|2", "group|a|" + W0 + "|3|2",
                "wm " + (W0 + HOUR - 1))), sorted(output()));
    }

    @Test
    void beyondTheMostItHoldsEverythingHeldIsSent() throws Exception {
        open(2);
        event(W0, "a", 1);
        assertEquals(List.of(), output(), "overall and a are held");
        event(W0, "b", 1);
        assertEquals(sorted(List.of("overall|all|" + W0 + "|2|2", "group|a|" + W0 + "|1|1",
                "group|b|" + W0 + "|1|1")), sorted(output()), "overall, a and b: more than 2");
    }

    @Test
    void theEndOfTheInputSendsEverythingHeld() throws Exception {
        open(CombineRollupPanes.DEFAULT_MAX_HELD);
        event(W0, "a", 1);
        harness.getOperator().finish();
        assertEquals(2, output().size());
    }
}
