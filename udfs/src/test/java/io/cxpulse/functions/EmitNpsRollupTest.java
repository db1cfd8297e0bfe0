package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.NpsObservation;
import io.cxpulse.records.NpsRollup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.triggers.EventTimeTrigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.operators.windowing.WindowOperatorBuilder;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rollup window as the job builds it: tumbling 1 h, 1 h allowed lateness. */
class EmitNpsRollupTest {

    /** 2026-03-01T10:00:00Z. */
    static final long W0 = 1_772_359_200_000L;
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, NpsObservation, NpsRollup> harness;

    @BeforeEach
    void open() throws Exception {
        harness = windowHarness(3);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static KeyedOneInputStreamOperatorTestHarness<String, NpsObservation, NpsRollup> windowHarness(
            long minSample) throws Exception {
        return windowHarness(new EmitNpsRollup("1h", minSample));
    }

    static KeyedOneInputStreamOperatorTestHarness<String, NpsObservation, NpsRollup> windowHarness(
            EmitNpsRollup emit) throws Exception {
        WindowOperatorBuilder<NpsObservation, String, TimeWindow> builder =
                new WindowOperatorBuilder<>(
                        TumblingEventTimeWindows.of(Duration.ofHours(1)),
                        EventTimeTrigger.create(),
                        new ExecutionConfig(),
                        TypeInformation.of(NpsObservation.class),
                        NpsObservation::segmentKey,
                        Types.STRING);
        builder.allowedLateness(Duration.ofHours(1));
        OneInputStreamOperator<NpsObservation, NpsRollup> operator = builder.aggregate(
                new NpsAggregate(), emit,
                TypeInformation.of(NpsTally.class));
        return new KeyedOneInputStreamOperatorTestHarness<>(
                operator, NpsObservation::segmentKey, Types.STRING);
    }

    private void observe(String dimension, String value, long time, int nps, Double sentiment)
            throws Exception {
        harness.processElement(new NpsObservation(dimension, value, time, nps, sentiment), time);
    }

    private List<NpsRollup> rollups() {
        return harness.extractOutputValues().stream()
                .sorted(Comparator.comparing(NpsRollup::key).thenComparing(NpsRollup::revision))
                .toList();
    }

    @Test
    void windowEmitsOneRollupPerSegmentWhenTheWatermarkPassesItsEnd() throws Exception {
        observe("channel", "app", W0 + 5 * MINUTE, 9, 0.5);
        observe("channel", "app", W0 + 20 * MINUTE, 3, null);
        observe("channel", "app", W0 + 40 * MINUTE, 8, -0.1);
        observe("channel", "web", W0 + 50 * MINUTE, 10, null);
        harness.processWatermark(W0 + HOUR - 2);
        assertTrue(harness.extractOutputValues().isEmpty(), "nothing before the window ends");

        harness.processWatermark(W0 + HOUR - 1);
        List<NpsRollup> out = rollups();
        assertEquals(2, out.size());

        NpsRollup app = out.get(0);
        assertEquals("1h|channel|app|2026-03-01T10:00:00Z", app.key());
        assertEquals("1h", app.window());
        assertEquals(W0, app.windowStart());
        assertEquals(W0 + HOUR, app.windowEnd());
        assertEquals(3, app.responses());
        assertEquals(1, app.promoters());
        assertEquals(1, app.passives());
        assertEquals(1, app.detractors());
        assertEquals(0.0, app.nps(), 1e-9);
        assertEquals(2, app.comments());
        assertEquals(0.2, app.meanSentiment(), 1e-12);
        assertFalse(app.lowSample());
        assertEquals(1, app.revision());

        NpsRollup web = out.get(1);
        assertEquals("web", web.value());
        assertEquals(1, web.responses());
        assertEquals(100.0, web.nps(), 1e-9);
        assertTrue(web.lowSample(), "1 response is below the minimum sample of 3");
        assertNull(web.meanSentiment());
        assertEquals(0, web.comments());
        assertEquals(1, web.revision());
    }

    @Test
    void lateEventWithinAllowedLatenessEmitsTheNextRevisionWithUpdatedCounts() throws Exception {
        observe("overall", "all", W0 + 5 * MINUTE, 9, null);
        observe("overall", "all", W0 + 6 * MINUTE, 0, null);
        harness.processWatermark(W0 + HOUR + 10 * MINUTE);

        observe("overall", "all", W0 + 30 * MINUTE, 10, null);
        observe("overall", "all", W0 + 31 * MINUTE, 10, null);

        List<NpsRollup> out = rollups();
        assertEquals(List.of(1, 2, 3), out.stream().map(NpsRollup::revision).toList());
        assertEquals(List.of(2L, 3L, 4L), out.stream().map(NpsRollup::responses).toList());
        assertEquals(0.0, out.get(0).nps(), 1e-9);
        assertEquals(100.0 / 3, out.get(1).nps(), 1e-9);
        assertEquals(50.0, out.get(2).nps(), 1e-9);
        assertEquals(3, out.get(2).promoters());
    }

    @Test
    void revisionsAreCountedPerWindowAndSegment() throws Exception {
        observe("overall", "all", W0 + MINUTE, 9, null);
        harness.processWatermark(W0 + HOUR - 1);
        observe("overall", "all", W0 + HOUR + MINUTE, 9, null);
        observe("region", "north", W0 + 2 * MINUTE, 9, null);
        harness.processWatermark(W0 + 2 * HOUR - 1);

        List<NpsRollup> out = rollups();
        assertEquals(List.of(
                        "1h|overall|all|2026-03-01T10:00:00Z#1",
                        "1h|overall|all|2026-03-01T11:00:00Z#1",
                        "1h|region|north|2026-03-01T10:00:00Z#1"),
                out.stream().map(r -> r.key() + "#" + r.revision()).toList());
    }

    @Test
    void minimumSampleIsMetAtExactlyTheMinimum() throws Exception {
        var h = windowHarness(2);
        h.open();
        try {
            h.processElement(new NpsObservation("overall", "all", W0, 9, null), W0);
            h.processElement(new NpsObservation("overall", "all", W0 + 1, 9, null), W0 + 1);
            h.processWatermark(W0 + HOUR);
            NpsRollup r = h.extractOutputValues().get(0);
            assertEquals(2, r.responses());
            assertFalse(r.lowSample());
        } finally {
            h.close();
        }
    }

    @Test
    void anAnswerTheWindowCannotCountIsLeftOutAndTheWindowStillFires() throws Exception {
        observe("channel", "app", W0 + 5 * MINUTE, 9, 0.5);
        observe("channel", "app", W0 + 10 * MINUTE, 11, 0.9);    // no NPS answer: throws
        observe("channel", "app", W0 + 20 * MINUTE, 3, null);
        harness.processWatermark(W0 + HOUR - 1);

        List<NpsRollup> out = rollups();
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).responses());
        assertEquals(1, out.get(0).promoters());
        assertEquals(1, out.get(0).detractors());
        assertEquals(0.5, out.get(0).meanSentiment(), 1e-12);
    }

    @Test
    void aRollupThatCannotBeMadeIsDeadLetteredWithItsTallyAndTheOtherWindowsGoOn()
            throws Exception {
        harness.close();
        // -1 aspects to list: making any rollup with it throws
        harness = windowHarness(new EmitNpsRollup("1h", 3, -1));
        harness.open();
        observe("channel", "app", W0 + 5 * MINUTE, 9, 0.5);
        observe("channel", "web", W0 + 5 * MINUTE, 2, null);
        harness.processWatermark(W0 + HOUR - 1);

        assertEquals(List.of(), harness.extractOutputValues());
        List<DeadLetter> dead = new ArrayList<>();
        harness.getSideOutput(ProcessingErrors.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
        assertEquals(2, dead.size());
        for (DeadLetter d : dead) {
            assertEquals("nps-rollup-1h", d.position().source());
            assertEquals(DeadLetter.DERIVED, d.input());
            assertTrue(d.reason().startsWith("nps-rollup-1h: making the rollup of TimeWindow{start="
                    + W0 + ", end=" + (W0 + HOUR) + "} (key "), d.reason());
            assertTrue(d.payload().contains("\"promoters\":"), d.payload());
        }
    }
}
