package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ReviewObservation;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class ToReviewObservationsTest {

    static final long T0 = 1_772_360_100_000L;

    private static final Sentiment NEGATIVE = new Sentiment(-0.62, Sentiment.NEGATIVE, "en",
            new SentimentTerm[] {
                new SentimentTerm("Charged", -1.8, 4, 11), new SentimentTerm("thanks", 1.2, 20, 26)},
            new AspectSentiment[] {
                new AspectSentiment("billing", -0.7, 1), new AspectSentiment("staff", 0.3, 1)},
            new String[0], false);

    private static ScoredReview review(String text, String source, String region, Sentiment s) {
        return new ScoredReview(new ReviewEvent("rv-1", T0, 2, text, source, null, "fiber", region,
                null, null, "en", null), s);
    }

    private static List<ReviewObservation> observe(List<String> dimensions, ScoredReview scored) {
        List<ReviewObservation> out = new ArrayList<>();
        new ToReviewObservations(dimensions).flatMap(scored, new ListCollector<>(out));
        return out;
    }

    @Test
    void oneObservationPerConfiguredDimensionInOrder() {
        List<ReviewObservation> out = observe(List.of("overall", "source", "product", "region"),
                review("got charged twice", "google", "north", NEGATIVE));
        assertEquals(List.of("overall|all", "source|google", "product|fiber", "region|north"),
                out.stream().map(ReviewObservation::segmentKey).toList());
        for (ReviewObservation o : out) {
            assertEquals(T0, o.timestamp());
            assertEquals(2, o.rating());
            assertEquals(-0.62, o.sentiment());
            assertEquals("negative", o.label());
            assertArrayEquals(new String[] {"billing"}, o.negativeAspects());
            assertArrayEquals(new String[] {"charged"}, o.negativeTerms());
        }
    }

    @Test
    void missingValueCountsAsUnknown() {
        List<ReviewObservation> out = observe(List.of("region", "store", "language"),
                review("ok", "google", " ", NEGATIVE));
        assertEquals(List.of("region|unknown", "store|unknown", "language|en"),
                out.stream().map(ReviewObservation::segmentKey).toList());
    }

    @Test
    void emptyTextCountsForStarsOnlyEvenWhenScored() {
        ReviewObservation blank = observe(List.of("overall"), review("  ", "google", null,
                new Sentiment(0.0, Sentiment.NEUTRAL, "unknown", new SentimentTerm[0]))).get(0);
        assertEquals(2, blank.rating());
        assertNull(blank.sentiment());
        assertNull(blank.label());
        assertEquals(0, blank.negativeAspects().length);
        assertEquals(0, blank.negativeTerms().length);
    }

    @Test
    void unscoredTextCountsForStarsOnly() {
        ReviewObservation o = observe(List.of("overall"), review("text", "google", null, null)).get(0);
        assertNull(o.sentiment());
        assertEquals(0, o.negativeTerms().length);
    }
}
