package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.NpsObservation;
import org.junit.jupiter.api.Test;

class NpsAggregateTest {

    static final long T0 = 1_772_360_100_000L;

    private final NpsAggregate aggregate = new NpsAggregate();

    private NpsTally fold(int[] scores, Double[] sentiments) {
        NpsTally acc = aggregate.createAccumulator();
        for (int i = 0; i < scores.length; i++) {
            acc = aggregate.add(
                    new NpsObservation("channel", "app", T0 + i, scores[i], sentiments[i]), acc);
        }
        return acc;
    }

    @Test
    void newAccumulatorIsEmpty() {
        NpsTally t = aggregate.createAccumulator();
        assertEquals(0, t.responses());
        assertNull(t.meanSentiment());
    }

    @Test
    void addCountsAnswersAndTakesTheSegment() {
        NpsTally t = fold(new int[] {10, 7, 2}, new Double[] {0.5, null, -0.3});
        assertEquals("channel", t.dimension);
        assertEquals("app", t.value);
        assertEquals(1, t.promoters);
        assertEquals(1, t.passives);
        assertEquals(1, t.detractors);
        assertEquals(2, t.comments);
        assertEquals(0.1, t.meanSentiment(), 1e-12);
    }

    @Test
    void resultIsTheTallyItself() {
        NpsTally t = fold(new int[] {9}, new Double[] {null});
        assertSame(t, aggregate.getResult(t));
    }

    @Test
    void mergingPartialTalliesEqualsAddingEverythingToOne() {
        int[] scores = {10, 9, 8, 7, 6, 5, 0, 9, 3, 10};
        Double[] sentiments = {0.9, null, 0.1, null, -0.2, -0.8, null, 0.4, -0.6, 1.0};
        NpsTally whole = fold(scores, sentiments);

        NpsTally left = fold(java.util.Arrays.copyOfRange(scores, 0, 4),
                java.util.Arrays.copyOfRange(sentiments, 0, 4));
        NpsTally right = fold(java.util.Arrays.copyOfRange(scores, 4, 10),
                java.util.Arrays.copyOfRange(sentiments, 4, 10));
        NpsTally merged = aggregate.merge(left, right);

        assertEquals(whole.promoters, merged.promoters);
        assertEquals(whole.passives, merged.passives);
        assertEquals(whole.detractors, merged.detractors);
        assertEquals(whole.comments, merged.comments);
        assertEquals(whole.meanSentiment(), merged.meanSentiment(), 1e-12);
        assertEquals(whole.statistics(), merged.statistics());
        assertEquals("channel", merged.dimension);
        assertEquals("app", merged.value);
    }

    @Test
    void mergingIntoAFreshAccumulatorKeepsTheSegment() {
        NpsTally filled = fold(new int[] {1, 2}, new Double[] {null, null});
        NpsTally merged = aggregate.merge(aggregate.createAccumulator(), filled);
        assertEquals("channel", merged.dimension);
        assertEquals("app", merged.value);
        assertEquals(2, merged.detractors);
    }

    @Test
    void anAnswerTheTallyThrowsOnLeavesTheTallyAsItWasAndIsCountedAsSkipped() {
        NpsTally t = fold(new int[] {10, 2}, new Double[] {0.5, -0.3});
        // 11 is no NPS answer: the tally throws, after it has added the answer's weight
        NpsTally after = aggregate.add(new NpsObservation("channel", "app", T0, 11, 0.9), t);
        after = aggregate.add(new NpsObservation("channel", "app", T0, 9, null), after);

        assertEquals(2, after.promoters);
        assertEquals(1, after.detractors);
        assertEquals(3.0, after.weight, "the skipped answer's weight is not in");
        assertEquals(2, after.comments);
        assertEquals(0.2 / 2, after.meanSentiment(), 1e-12);
        assertEquals(1, after.skipped);
    }
}
