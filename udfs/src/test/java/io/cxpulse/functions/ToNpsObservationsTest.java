package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsObservation;
import io.cxpulse.records.ScoredFeedback;
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
        List<NpsObservation> out = new ArrayList<>();
        new ToNpsObservations(dimensions).flatMap(scored, new ListCollector<>(out));
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
}
