package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.cxpulse.records.ReviewObservation;
import io.cxpulse.reviews.ReviewTally;
import org.junit.jupiter.api.Test;

class ReviewAggregateTest {

    static final long T0 = 1_772_360_100_000L;
    private static final String[] NONE = new String[0];

    private final ReviewAggregate aggregate = new ReviewAggregate();

    private static ReviewObservation obs(int rating, Double sentiment, String label, String... terms) {
        return new ReviewObservation("source", "google", T0, rating, sentiment, label, NONE, terms);
    }

    @Test
    void addCountsTheReviewAndTakesTheSegment() {
        ReviewTally t = aggregate.createAccumulator();
        t = aggregate.add(obs(1, -0.5, "negative", "rude"), t);
        t = aggregate.add(obs(4, null, null), t);
        assertEquals("source", t.dimension);
        assertEquals("google", t.value);
        assertArrayEquals(new long[] {1, 0, 0, 1, 0}, t.stars);
        assertEquals(1, t.texts);
        assertEquals(1L, t.negativeTerms.counts.get("rude"));
        assertSame(t, aggregate.getResult(t));
    }

    @Test
    void mergingIntoAFreshAccumulatorKeepsTheSegment() {
        ReviewTally filled = aggregate.add(obs(5, 0.4, "positive"), aggregate.createAccumulator());
        ReviewTally merged = aggregate.merge(aggregate.createAccumulator(), filled);
        assertEquals("source", merged.dimension);
        assertEquals("google", merged.value);
        assertEquals(1, merged.stars[4]);
        assertEquals(0.4, merged.meanSentiment(), 1e-12);
    }
}
