package io.cxpulse.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cxpulse.records.AspectCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTallyTest {

    private static final double EPS = 1e-12;

    @Test
    void addCountsEachAnswerInItsClass() {
        NpsTally t = new NpsTally();
        for (int score : new int[] {10, 9, 9, 8, 7, 6, 0}) {
            t.add(score, null);
        }
        assertEquals(3, t.promoters);
        assertEquals(2, t.passives);
        assertEquals(2, t.detractors);
        assertEquals(7, t.responses());
    }

    @Test
    void addRejectsAnAnswerOutsideZeroToTen() {
        NpsTally t = new NpsTally();
        assertThrows(IllegalArgumentException.class, () -> t.add(11, null));
        assertEquals(0, t.responses());
    }

    @Test
    void meanSentimentIsNullWithoutComments() {
        NpsTally t = new NpsTally();
        t.add(9, null);
        t.add(3, null);
        assertEquals(0, t.comments);
        assertNull(t.meanSentiment());
    }

    @Test
    void meanSentimentAveragesOnlyResponsesWithComments() {
        NpsTally t = new NpsTally();
        t.add(9, 0.8);
        t.add(2, -0.4);
        t.add(7, null);
        assertEquals(2, t.comments);
        assertEquals(0.2, t.meanSentiment(), EPS);
    }

    @Test
    void neutralCommentCountsAsAComment() {
        NpsTally t = new NpsTally();
        t.add(8, 0.0);
        assertEquals(1, t.comments);
        assertEquals(0.0, t.meanSentiment());
    }

    @Test
    void mergeAddsCountsAndSentiment() {
        NpsTally a = new NpsTally();
        a.add(10, 1.0);
        a.add(0, null);
        NpsTally b = new NpsTally();
        b.add(7, -0.5);
        b.add(9, null);
        b.add(3, 0.0);

        NpsTally merged = a.merge(b);

        assertSame(a, merged);
        assertEquals(2, merged.promoters);
        assertEquals(1, merged.passives);
        assertEquals(2, merged.detractors);
        assertEquals(3, merged.comments);
        assertEquals(0.5 / 3, merged.meanSentiment(), EPS);
    }

    @Test
    void statisticsUseTheCounts() {
        NpsTally t = new NpsTally();
        for (int i = 0; i < 80; i++) {
            t.add(9, null);
        }
        for (int i = 0; i < 15; i++) {
            t.add(7, null);
        }
        for (int i = 0; i < 5; i++) {
            t.add(4, null);
        }
        assertEquals(NpsStatistics.of(80, 15, 5), t.statistics());
        assertEquals(75.0, t.statistics().nps());
    }

    @Test
    void weightedNpsWeighsEachResponseByItsAccountValue() {
        NpsTally t = new NpsTally();
        t.add(10, null, 1.0, false, 0);
        t.add(10, null, 1.0, false, 0);
        t.add(9, null, 1.0, false, 0);
        t.add(0, null, 97.0, false, 0);
        // plain: 3 promoters, 1 detractor of 4 = +50; weighted: (3 - 97) / 100 = -94
        assertEquals(50.0, t.statistics().nps(), 1e-9);
        assertEquals(-94.0, t.weightedNps(), 1e-9);
        t.add(8, null, 100.0, false, 0);
        assertEquals(100.0 * (3 - 97) / 200, t.weightedNps(), 1e-9);
        assertEquals(0.0, new NpsTally().weightedNps());
    }

    @Test
    void negativeCommentShareCountsOnlyResponsesWithAComment() {
        NpsTally t = new NpsTally();
        t.add(2, -0.6);
        t.add(3, -0.04);
        t.add(9, 0.7);
        t.add(1, null);
        assertEquals(1.0 / 3, t.negativeCommentShare(), 1e-9);
        assertEquals(3, t.comments);
        assertEquals(null, new NpsTally().negativeCommentShare());
    }

    @Test
    void topDetractorAspectsByCountThenNameAndOnlyFromDetractors() {
        int billing = 1 << 1;
        int support = 1 << 3;
        int price = 1;
        NpsTally t = new NpsTally();
        t.add(0, -0.5, 1.0, true, billing | support);
        t.add(5, -0.5, 1.0, true, support | price);
        t.add(6, -0.5, 1.0, true, price);
        t.add(10, 0.5, 1.0, false, price | billing | support);
        t.add(7, 0.0, 1.0, false, price);
        assertEquals(List.of(new AspectCount("price", 2), new AspectCount("support", 2),
                new AspectCount("billing", 1)), t.topDetractorAspects(5));
        assertEquals(List.of(new AspectCount("price", 2)), t.topDetractorAspects(1));
        NpsTally other = new NpsTally();
        other.add(0, -0.9, 1.0, true, billing);
        other.add(0, -0.9, 1.0, true, billing);
        t.merge(other);
        assertEquals(new AspectCount("billing", 3), t.topDetractorAspects(1).get(0));
    }
}
