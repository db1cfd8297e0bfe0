package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.ReviewObservation;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.reviews.NameCount;
import io.cxpulse.reviews.ReviewTally;
import java.time.Duration;
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

/** The review rollup window as the job builds it: tumbling 1 h, 1 h allowed lateness. */
class EmitReviewRollupTest {

    /** 2026-03-01T10:00:00Z. */
    static final long W0 = 1_772_359_200_000L;
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, ReviewObservation, ReviewRollup> harness;

    @BeforeEach
    void open() throws Exception {
        harness = windowHarness(3, 2);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static KeyedOneInputStreamOperatorTestHarness<String, ReviewObservation, ReviewRollup>
            windowHarness(long minSample, int topN) throws Exception {
        WindowOperatorBuilder<ReviewObservation, String, TimeWindow> builder =
                new WindowOperatorBuilder<>(
                        TumblingEventTimeWindows.of(Duration.ofHours(1)),
                        EventTimeTrigger.create(),
                        new ExecutionConfig(),
                        TypeInformation.of(ReviewObservation.class),
                        ReviewObservation::segmentKey,
                        Types.STRING);
        builder.allowedLateness(Duration.ofHours(1));
        OneInputStreamOperator<ReviewObservation, ReviewRollup> operator = builder.aggregate(
                new ReviewAggregate(), new EmitReviewRollup("1h", minSample, topN),
                TypeInformation.of(ReviewTally.class));
        return new KeyedOneInputStreamOperatorTestHarness<>(
                operator, ReviewObservation::segmentKey, Types.STRING);
    }

    private static String[] of(String... names) {
        return names;
    }

    private void review(String dimension, String value, long time, int rating, Double sentiment,
            String label, String[] aspects, String[] terms) throws Exception {
        harness.processElement(new ReviewObservation(
                dimension, value, time, rating, sentiment, label, aspects, terms), time);
    }

    private void stars(long time, int rating) throws Exception {
        review("overall", "all", time, rating, null, null, of(), of());
    }

    private List<ReviewRollup> rollups() {
        return harness.extractOutputValues().stream()
                .sorted(Comparator.comparing(ReviewRollup::key).thenComparing(ReviewRollup::revision))
                .toList();
    }

    @Test
    void windowEmitsEveryMeasureOfTheSegmentWhenTheWatermarkPassesItsEnd() throws Exception {
        review("overall", "all", W0 + 1 * MINUTE, 5, 0.8, "positive", of(), of());
        review("overall", "all", W0 + 2 * MINUTE, 5, -0.4, "negative",
                of("billing"), of("charged", "slow"));
        review("overall", "all", W0 + 3 * MINUTE, 1, -0.9, "negative",
                of("billing", "support"), of("charged", "rude"));
        review("overall", "all", W0 + 4 * MINUTE, 2, 0.3, "positive",
                of("delivery", "app"), of("slow"));
        review("overall", "all", W0 + 5 * MINUTE, 3, null, null, of(), of()); // empty text
        review("overall", "all", W0 + 6 * MINUTE, 1, -0.6, "negative",
                of("support", "app"), of("rude", "late"));
        harness.processWatermark(W0 + HOUR - 2);
        assertTrue(harness.extractOutputValues().isEmpty(), "nothing before the window ends");

        harness.processWatermark(W0 + HOUR - 1);
        List<ReviewRollup> out = rollups();
        assertEquals(1, out.size());
        ReviewRollup r = out.get(0);
        assertEquals("1h|overall|all|2026-03-01T10:00:00Z", r.key());
        assertEquals(W0, r.windowStart());
        assertEquals(W0 + HOUR, r.windowEnd());
        assertEquals(6, r.reviews());
        assertArrayEquals(new long[] {2, 1, 1, 0, 2}, r.ratingHistogram());
        assertEquals(17.0 / 6, r.meanRating(), 1e-12);      // (5+5+1+2+3+1) / 6
        assertEquals(0.5, r.negativeShare(), 1e-12);        // 1,1,2 stars: 3 of 6
        assertEquals(5, r.texts());                         // the 3-star review had no text
        assertEquals(-0.16, r.meanSentiment(), 1e-12);      // (0.8-0.4-0.9+0.3-0.6) / 5
        assertEquals(1, r.highRatingNegativeText());        // 5 stars, negative text
        assertEquals(1, r.lowRatingPositiveText());         // 2 stars, positive text
        assertEquals(2, r.disagreements());
        // app 2, billing 2, support 2, delivery 1: the tie at 2 is cut alphabetically
        assertArrayEquals(new NameCount[] {new NameCount("app", 2), new NameCount("billing", 2)},
                r.topNegativeAspects());
        // charged 2, rude 2, slow 2, late 1
        assertArrayEquals(new NameCount[] {new NameCount("charged", 2), new NameCount("rude", 2)},
                r.topNegativeTerms());
        assertFalse(r.lowSample());
        assertEquals(1, r.revision());
    }

    @Test
    void segmentsAndWindowsWithoutReviewsEmitNothing() throws Exception {
        harness.processWatermark(W0 + HOUR - 1);
        assertTrue(harness.extractOutputValues().isEmpty(), "no reviews at all: no rollup");

        review("source", "web", W0 + HOUR + MINUTE, 4, null, null, of(), of());
        harness.processWatermark(W0 + 4 * HOUR);
        List<ReviewRollup> out = rollups();
        assertEquals(List.of("1h|source|web|2026-03-01T11:00:00Z"),
                out.stream().map(ReviewRollup::key).toList(),
                "only the 11:00 hour had a review; 10:00, 12:00 and 13:00 stay silent");
        assertNull(out.get(0).meanSentiment());
        assertEquals(0, out.get(0).texts());
        assertEquals(0, out.get(0).topNegativeAspects().length);
    }

    @Test
    void fewerReviewsThanTheMinimumSampleAreFlagged() throws Exception {
        stars(W0, 4);
        stars(W0 + 1, 4);
        review("source", "google", W0, 1, null, null, of(), of());
        review("source", "google", W0 + 1, 2, null, null, of(), of());
        review("source", "google", W0 + 2, 3, null, null, of(), of());
        harness.processWatermark(W0 + HOUR);
        List<ReviewRollup> out = rollups();
        assertEquals("1h|overall|all|2026-03-01T10:00:00Z", out.get(0).key());
        assertEquals(2, out.get(0).reviews());
        assertTrue(out.get(0).lowSample(), "2 reviews are below the minimum of 3");
        assertEquals("1h|source|google|2026-03-01T10:00:00Z", out.get(1).key());
        assertEquals(3, out.get(1).reviews());
        assertFalse(out.get(1).lowSample(), "exactly the minimum is enough");
    }

    @Test
    void lateReviewWithinAllowedLatenessEmitsRevisionTwoWithUpdatedMeasures() throws Exception {
        review("overall", "all", W0 + 5 * MINUTE, 5, 0.6, "positive", of(), of());
        review("overall", "all", W0 + 6 * MINUTE, 4, 0.2, "positive", of(), of());
        harness.processWatermark(W0 + HOUR + 10 * MINUTE);

        review("overall", "all", W0 + 30 * MINUTE, 1, 0.4, "positive",
                of("billing"), of("overcharged"));

        List<ReviewRollup> out = rollups();
        assertEquals(List.of(1, 2), out.stream().map(ReviewRollup::revision).toList());
        ReviewRollup first = out.get(0);
        assertArrayEquals(new long[] {0, 0, 0, 1, 1}, first.ratingHistogram());
        assertEquals(4.5, first.meanRating(), 1e-12);
        assertEquals(0.0, first.negativeShare(), 1e-12);
        assertEquals(0, first.disagreements());

        ReviewRollup second = out.get(1);
        assertEquals(first.key(), second.key());
        assertEquals(3, second.reviews());
        assertArrayEquals(new long[] {1, 0, 0, 1, 1}, second.ratingHistogram());
        assertEquals(10.0 / 3, second.meanRating(), 1e-12);
        assertEquals(1.0 / 3, second.negativeShare(), 1e-12);
        assertEquals(0.4, second.meanSentiment(), 1e-12);   // (0.6 + 0.2 + 0.4) / 3
        assertEquals(1, second.lowRatingPositiveText());
        assertArrayEquals(new NameCount[] {new NameCount("billing", 1)},
                second.topNegativeAspects());
        assertArrayEquals(new NameCount[] {new NameCount("overcharged", 1)},
                second.topNegativeTerms());
    }

    @Test
    void reviewLaterThanTheAllowedLatenessIsNotCountedAndStateIsCleared() throws Exception {
        stars(W0 + MINUTE, 5);
        harness.processWatermark(W0 + 2 * HOUR);   // window end + full allowed lateness
        assertEquals(0, harness.numKeyedStateEntries(), "window state and revision cleared");

        stars(W0 + 2 * MINUTE, 1);
        List<ReviewRollup> out = rollups();
        assertEquals(1, out.size());
        assertEquals(1, out.get(0).reviews());
        assertEquals(1, out.get(0).revision());
    }
}
