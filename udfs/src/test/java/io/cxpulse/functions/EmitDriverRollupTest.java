package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.drivers.DriverTally;
import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverObservation;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.sentiment.AspectSentiment;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.functions.AggregateFunction;
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

/** The drivers window as the job builds it: tumbling 1 d, 1 h allowed lateness. */
class EmitDriverRollupTest {

    /** 2026-03-01T00:00:00Z. */
    static final long D0 = 1_772_323_200_000L;
    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, DriverObservation, DriverRollup> harness;

    @BeforeEach
    void open() throws Exception {
        harness = windowHarness(new SurveyDriverAggregate(), SurveyDriverTally.class);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static <T extends DriverTally>
            KeyedOneInputStreamOperatorTestHarness<String, DriverObservation, DriverRollup>
            windowHarness(AggregateFunction<DriverObservation, T, T> aggregate, Class<T> tally)
            throws Exception {
        WindowOperatorBuilder<DriverObservation, String, TimeWindow> builder =
                new WindowOperatorBuilder<>(
                        TumblingEventTimeWindows.of(Duration.ofDays(1)),
                        EventTimeTrigger.create(),
                        new ExecutionConfig(),
                        TypeInformation.of(DriverObservation.class),
                        DriverObservation::segmentKey,
                        Types.STRING);
        builder.allowedLateness(Duration.ofHours(1));
        OneInputStreamOperator<DriverObservation, DriverRollup> operator = builder.aggregate(
                aggregate, new EmitDriverRollup<T>("1d", 2), TypeInformation.of(tally));
        return new KeyedOneInputStreamOperatorTestHarness<>(
                operator, DriverObservation::segmentKey, Types.STRING);
    }

    private void respond(long time, int nps, AspectSentiment... aspects) throws Exception {
        harness.processElement(new DriverObservation("channel", "phone", time, nps,
                aspects.length > 0, aspects), time);
    }

    private static AspectSentiment billing(double score) {
        return new AspectSentiment("billing", score, 1);
    }

    private List<DriverRollup> rollups() {
        return harness.extractOutputValues().stream()
                .sorted(Comparator.comparing(DriverRollup::key)
                        .thenComparing(DriverRollup::revision))
                .toList();
    }

    @Test
    void windowEmitsOneRankedTablePerSegmentWhenTheWatermarkPassesItsEnd() throws Exception {
        respond(D0 + HOUR, 10);
        respond(D0 + 2 * HOUR, 2, billing(-0.6));
        respond(D0 + 3 * HOUR, 3, billing(-0.2));
        respond(D0 + 4 * HOUR, 9, billing(0.4));
        harness.processWatermark(D0 + DAY - 2);
        assertTrue(harness.extractOutputValues().isEmpty(), "nothing before the window ends");

        harness.processWatermark(D0 + DAY - 1);
        List<DriverRollup> out = rollups();
        assertEquals(1, out.size());
        DriverRollup r = out.get(0);
        assertEquals("1d|survey|channel|phone|2026-03-01T00:00:00Z", r.key());
        assertEquals(D0, r.windowStart());
        assertEquals(D0 + DAY, r.windowEnd());
        assertEquals(4, r.count());
        assertEquals(3, r.withText());
        assertEquals(0.0, r.nps(), 1e-9);
        assertEquals(1, r.revision());
        AspectDriver b = r.aspects()[0];
        assertEquals("billing", b.aspect());
        assertEquals(2, b.negativeMentions());
        assertEquals(-100.0, b.outcomeNegative(), 1e-9); // two detractors
        assertEquals(100.0, b.outcomeOthers(), 1e-9); // two promoters
        assertEquals(200.0, b.impact(), 1e-9);
        assertEquals(1.0, b.detractorShare(), 1e-9);
    }

    @Test
    void emptyWindowsEmitNothing() throws Exception {
        respond(D0 + HOUR, 9);
        harness.processWatermark(D0 + 5 * DAY);
        List<DriverRollup> out = rollups();
        assertEquals(1, out.size(), "only the day with a response: " + out);
        assertEquals(D0, out.get(0).windowStart());
        assertEquals(0, out.get(0).aspects().length);
    }

    @Test
    void lateResponseWithinAllowedLatenessEmitsRevisionTwoWithUpdatedImpact() throws Exception {
        respond(D0 + HOUR, 10);
        respond(D0 + 2 * HOUR, 2, billing(-0.6));
        harness.processWatermark(D0 + DAY + 10 * 60_000L);

        respond(D0 + 12 * HOUR, 9, billing(-0.3));

        List<DriverRollup> out = rollups();
        assertEquals(List.of(1, 2), out.stream().map(DriverRollup::revision).toList());
        assertEquals(out.get(0).key(), out.get(1).key());
        assertEquals(List.of(2L, 3L), out.stream().map(DriverRollup::count).toList());
        // revision 1: billing negative = 1 detractor (-100), others = 1 promoter (100)
        assertEquals(200.0, out.get(0).aspects()[0].impact(), 1e-9);
        assertTrue(out.get(0).aspects()[0].lowSample());
        // revision 2: negative = detractor + promoter (0), others = promoter (100)
        assertEquals(100.0, out.get(1).aspects()[0].impact(), 1e-9);
        assertEquals(2, out.get(1).aspects()[0].negativeMentions());
        assertFalse(out.get(1).aspects()[0].lowSample());
    }

    @Test
    void responseLaterThanTheAllowedLatenessChangesNothing() throws Exception {
        respond(D0 + HOUR, 10);
        harness.processWatermark(D0 + DAY + 2 * HOUR);
        respond(D0 + 12 * HOUR, 0);
        assertEquals(List.of(1), rollups().stream().map(DriverRollup::revision).toList());
        assertEquals(0, harness.numKeyedStateEntries(),
                "window state and revision are cleared after the allowed lateness");
    }

    @Test
    void reviewTallyGoesThroughTheSameWindowFunction() throws Exception {
        var h = windowHarness(new ReviewDriverAggregate(), ReviewDriverTally.class);
        h.open();
        try {
            AspectSentiment[] app = {new AspectSentiment("app", -0.7, 1)};
            h.processElement(new DriverObservation("source", "google", D0, 1, true, app), D0);
            h.processElement(new DriverObservation("source", "google", D0 + 1, 5, false,
                    new AspectSentiment[0]), D0 + 1);
            h.processWatermark(D0 + DAY);
            DriverRollup r = h.extractOutputValues().get(0);
            assertEquals("1d|reviews|source|google|2026-03-01T00:00:00Z", r.key());
            assertEquals(3.0, r.meanRating(), 1e-9);
            assertEquals(4.0, r.aspects()[0].impact(), 1e-9);
            assertEquals(1, r.revision());
        } finally {
            h.close();
        }
    }
}
