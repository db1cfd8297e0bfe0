package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsObservation;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class ToNpsObservationsTest {

    static final long T0 = 1_772_360_100_000L;

    private static FeedbackEvent event(String comment, String channel, String region) {
        return new FeedbackEvent("fb-1", T0, "C0001", 4, comment, channel, "fiber", region,
                null, "A7", "he", null);
    }

    private static List<NpsObservation> observe(List<String> dimensions, ScoredFeedback scored) {
        return observe(dimensions, new AccountedFeedback(scored, "unknown", 1.0));
    }

    private static List<NpsObservation> observe(List<String> dimensions,
            AccountedFeedback accounted) {
        List<NpsObservation> out = new ArrayList<>();
        new ToNpsObservations(dimensions).flatMap(accounted, new ListCollector<>(out));
        return out;
    }

    @Test
    void oneObservationPerConfiguredDimensionInOrder() {
        ScoredFeedback scored = new ScoredFeedback(event(null, "app", "north"), "detractor", null);
        List<NpsObservation> out =
                observe(List.of("overall", "channel", "region", "product", "agent"), scored);
        assertEquals(List.of(
                new NpsObservation("overall", "all", T0, 4, null),
                new NpsObservation("channel", "app", T0, 4, null),
                new NpsObservation("region", "north", T0, 4, null),
                new NpsObservation("product", "fiber", T0, 4, null),
                new NpsObservation("agent", "A7", T0, 4, null)), out);
    }

    @Test
    void overallAlwaysHasTheValueAll() {
        List<NpsObservation> out = observe(List.of("overall"),
                new ScoredFeedback(event(null, null, null), "detractor", null));
        assertEquals(1, out.size());
        assertEquals("overall|all", out.get(0).segmentKey());
    }

    @Test
    void missingValueCountsAsUnknown() {
        List<NpsObservation> out = observe(List.of("channel", "store"),
                new ScoredFeedback(event(null, null, null), "detractor", null));
        assertEquals(List.of("channel|unknown", "store|unknown"),
                out.stream().map(NpsObservation::segmentKey).toList());
    }

    @Test
    void blankValueCountsAsUnknown() {
        List<NpsObservation> out = observe(List.of("channel"),
                new ScoredFeedback(event(null, "  ", null), "detractor", null));
        assertEquals("unknown", out.get(0).value());
    }

    @Test
    void valueOfNoBreakSpacesCountsAsUnknownToo() {
        List<NpsObservation> out = observe(List.of("channel"),
                new ScoredFeedback(event(null, "\u00a0\u202f", null), "detractor", null));
        assertEquals("unknown", out.get(0).value());
    }

    @Test
    void dimensionTheEventDoesNotHaveCountsAsUnknown() {
        List<NpsObservation> out = observe(List.of("colour"),
                new ScoredFeedback(event(null, "app", null), "detractor", null));
        assertEquals(new NpsObservation("colour", "unknown", T0, 4, null), out.get(0));
    }

    @Test
    void sentimentScoreIsCopiedToEveryObservation() {
        Sentiment s = new Sentiment(-0.625, Sentiment.NEGATIVE, "he",
                new SentimentTerm[] {new SentimentTerm("גרוע", -2.0, 0, 4)});
        List<NpsObservation> out = observe(List.of("overall", "channel"),
                new ScoredFeedback(event("גרוע", "app", null), "detractor", s));
        assertEquals(2, out.size());
        for (NpsObservation o : out) {
            assertEquals(-0.625, o.sentiment());
        }
    }

    @Test
    void sentimentIsNullWithoutAComment() {
        List<NpsObservation> out = observe(List.of("overall"),
                new ScoredFeedback(event(null, "app", null), "detractor", null));
        assertNull(out.get(0).sentiment());
    }

    @Test
    void noDimensionsGiveNoObservations() {
        assertEquals(List.of(), observe(List.of(),
                new ScoredFeedback(event(null, "app", null), "detractor", null)));
    }

    @Test
    void tierAndWeightComeFromTheAccount() {
        List<NpsObservation> out = observe(List.of("tier", "overall"), new AccountedFeedback(
                new ScoredFeedback(event(null, "app", null), "detractor", null), "key", 250_000.0));
        assertEquals(new NpsObservation("tier", "key", T0, 4, null, 250_000.0, false, 0),
                out.get(0));
        assertEquals(250_000.0, out.get(1).weight());
    }

    @Test
    void negativeCommentsCarryTheirAspectsAsBits() {
        Sentiment s = new Sentiment(-0.5, Sentiment.NEGATIVE, "en", new SentimentTerm[0],
                new AspectSentiment[] {new AspectSentiment("billing", -0.5, 1),
                        new AspectSentiment("support", 0.0, 2)},
                new String[0], false);
        NpsObservation o = observe(List.of("overall"),
                new ScoredFeedback(event("x", "app", null), "detractor", s)).get(0);
        assertEquals(true, o.negativeComment());
        assertEquals((1 << 1) | (1 << 3), o.aspects());
    }
}
