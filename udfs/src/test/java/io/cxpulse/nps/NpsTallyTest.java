package io.cxpulse.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NpsTallyTest {

    private static final double EPS = 1e-12;

    private static NpsTally tally(String dimension, String value) {
        NpsTally t = new NpsTally();
        t.dimension = dimension;
        t.value = value;
        return t;
    }

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
        NpsTally a = tally("channel", "app");
        a.add(10, 1.0);
        a.add(0, null);
        NpsTally b = tally("channel", "app");
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
        assertEquals("channel", merged.dimension);
        assertEquals("app", merged.value);
    }

    @Test
    void mergeIntoAnEmptyTallyTakesTheOthersSegment() {
        NpsTally empty = new NpsTally();
        NpsTally b = tally("region", "north");
        b.add(9, null);
        empty.merge(b);
        assertEquals("region", empty.dimension);
        assertEquals("north", empty.value);
        assertEquals(1, empty.promoters);
    }

    @Test
    void mergingAnEmptyTallyKeepsTheSegment() {
        NpsTally a = tally("region", "north");
        a.add(1, null);
        a.merge(new NpsTally());
        assertEquals("region", a.dimension);
        assertEquals("north", a.value);
        assertEquals(1, a.responses());
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
}
