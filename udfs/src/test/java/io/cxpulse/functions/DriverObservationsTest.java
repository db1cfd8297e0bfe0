package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.DriverObservation;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

/** The fan-out of survey responses and reviews to the driver dimensions. */
class DriverObservationsTest {

    static final long T0 = 1_772_360_100_000L;
    static final AspectSentiment[] PRICE = {new AspectSentiment("price", -0.6, 2)};

    static Sentiment sentiment(AspectSentiment[] aspects) {
        return new Sentiment(-0.5, Sentiment.NEGATIVE, "en", new SentimentTerm[0], aspects,
                new String[0], false);
    }

    static AccountedFeedback feedback(String comment, Sentiment sentiment, String tier) {
        FeedbackEvent e = new FeedbackEvent("fb-1", T0, "C0001", 4, comment, "phone", "fiber",
                "north", null, "A7", "en", null);
        return new AccountedFeedback(new ScoredFeedback(e, "detractor", sentiment), tier, 1.0);
    }

    static List<DriverObservation> survey(List<String> dimensions, AccountedFeedback f) {
        List<DriverObservation> out = new ArrayList<>();
        new ToSurveyDriverObservations(dimensions).flatMap(f, new ListCollector<>(out));
        return out;
    }

    @Test
    void surveyResponseFansOutToEveryDimensionTierIncluded() {
        List<DriverObservation> out = survey(List.of("overall", "channel", "tier", "store"),
                feedback("too expensive", sentiment(PRICE), "gold"));
        assertEquals(List.of("overall|all", "channel|phone", "tier|gold", "store|unknown"),
                out.stream().map(DriverObservation::segmentKey).toList());
        for (DriverObservation o : out) {
            assertEquals(T0, o.timestamp());
            assertEquals(4, o.score());
            assertTrue(o.hasText());
            assertArrayEquals(PRICE, o.aspects());
        }
    }

    @Test
    void responseWithoutCommentHasNoTextAndNoAspects() {
        DriverObservation o = survey(List.of("overall"), feedback("", null, "gold")).get(0);
        assertFalse(o.hasText());
        assertEquals(0, o.aspects().length);
        assertEquals(4, o.score());
    }

    @Test
    void blankTierCountsAsUnknown() {
        assertEquals("tier|unknown",
                survey(List.of("tier"), feedback(null, null, " ")).get(0).segmentKey());
    }

    @Test
    void reviewFansOutToReviewDimensions() {
        ReviewEvent e = new ReviewEvent("rv-1", T0, 2, "pricey", "google", null, "fiber", null,
                null, null, "en", null);
        List<DriverObservation> out = new ArrayList<>();
        new ToReviewDriverObservations(List.of("overall", "source", "region"))
                .flatMap(new ScoredReview(e, sentiment(PRICE)), new ListCollector<>(out));
        assertEquals(List.of("overall|all", "source|google", "region|unknown"),
                out.stream().map(DriverObservation::segmentKey).toList());
        assertEquals(2, out.get(0).score());
        assertTrue(out.get(0).hasText());
        assertArrayEquals(PRICE, out.get(0).aspects());
    }
}
