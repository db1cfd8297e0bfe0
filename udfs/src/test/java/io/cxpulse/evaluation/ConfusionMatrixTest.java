package io.cxpulse.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final String POS = "positive";
    private static final String NEU = "neutral";
    private static final String NEG = "negative";
    private static final double EPS = 1e-9;

    private static void add(ConfusionMatrix m, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, predicted);
        }
    }

    /*
     *                 predicted
     *  gold        pos  neu  neg | gold n
     *  positive      8    1    1 |  10
     *  neutral       2    3    1 |   6
     *  negative      1    2    5 |   8
     *  predicted n  11    6    7 |  24
     *
     * accuracy = (8 + 3 + 5) / 24 = 16/24 = 2/3
     * positive: P = 8/11, R = 8/10, F1 = 2*8 / (11 + 10) = 16/21
     * neutral:  P = 3/6,  R = 3/6,  F1 = 2*3 / (6 + 6)   = 1/2
     * negative: P = 5/7,  R = 5/8,  F1 = 2*5 / (7 + 8)   = 2/3
     * macro-F1 = (16/21 + 1/2 + 2/3) / 3 = (32 + 21 + 28) / 42 / 3 = 81/126 = 9/14
     */
    static ConfusionMatrix handComputed() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, POS, POS, 8);
        add(m, POS, NEU, 1);
        add(m, POS, NEG, 1);
        add(m, NEU, POS, 2);
        add(m, NEU, NEU, 3);
        add(m, NEU, NEG, 1);
        add(m, NEG, POS, 1);
        add(m, NEG, NEU, 2);
        add(m, NEG, NEG, 5);
        return m;
    }

    @Test
    void countsRowsAsGoldAndColumnsAsPredicted() {
        ConfusionMatrix m = handComputed();
        assertEquals(24, m.total());
        assertEquals(16, m.correct());
        assertEquals(2, m.count(NEU, POS));
        assertEquals(1, m.count(POS, NEU));
        assertEquals(10, m.goldCount(POS));
        assertEquals(11, m.predictedCount(POS));
        assertEquals(7, m.predictedCount(NEG));
    }

    @Test
    void metricsMatchTheHandComputedFigures() {
        ConfusionMatrix m = handComputed();
        assertEquals(2.0 / 3, m.accuracy(), EPS);
        assertEquals(8.0 / 11, m.precision(POS), EPS);
        assertEquals(0.8, m.recall(POS), EPS);
        assertEquals(16.0 / 21, m.f1(POS), EPS);
        assertEquals(0.5, m.precision(NEU), EPS);
        assertEquals(0.5, m.recall(NEU), EPS);
        assertEquals(0.5, m.f1(NEU), EPS);
        assertEquals(5.0 / 7, m.precision(NEG), EPS);
        assertEquals(5.0 / 8, m.recall(NEG), EPS);
        assertEquals(2.0 / 3, m.f1(NEG), EPS);
        assertEquals(9.0 / 14, m.macroF1(), EPS);
    }

    /*
     * No neutral texts and no neutral predictions:
     * gold pos 4 (3 right, 1 as neg), gold neg 2 (all right).
     * positive: P = 3/3, R = 3/4, F1 = 6/7; negative: P = 2/3, R = 2/2, F1 = 4/5
     * macro-F1 over the two classes that occur = (6/7 + 4/5) / 2 = 29/35
     */
    @Test
    void classAbsentAsGoldAndPredictionIsLeftOutOfMacroF1() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, POS, POS, 3);
        add(m, POS, NEG, 1);
        add(m, NEG, NEG, 2);
        assertFalse(m.occurs(NEU));
        assertEquals(0.0, m.f1(NEU), EPS);
        assertEquals(29.0 / 35, m.macroF1(), EPS);
    }

    /*
     * gold pos 3: 2 right, 1 predicted neutral. Neutral never gold but predicted once: it occurs,
     * its F1 is 0 and it counts. positive: P = 2/2, R = 2/3, F1 = 4/5; macro-F1 = (4/5 + 0) / 2.
     */
    @Test
    void classOnlyPredictedCountsWithZeroF1() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, POS, POS, 2);
        add(m, POS, NEU, 1);
        assertTrue(m.occurs(NEU));
        assertEquals(0.0, m.precision(NEU), EPS);
        assertEquals(0.0, m.recall(NEU), EPS);
        assertEquals(0.4, m.macroF1(), EPS);
    }

    @Test
    void emptyMatrixHasUndefinedFigures() {
        ConfusionMatrix m = new ConfusionMatrix();
        assertEquals(0, m.total());
        assertTrue(Double.isNaN(m.accuracy()));
        assertTrue(Double.isNaN(m.macroF1()));
    }

    @Test
    void addAllSumsCounts() {
        ConfusionMatrix m = handComputed();
        m.addAll(handComputed());
        assertEquals(48, m.total());
        assertEquals(16, m.count(POS, POS));
        assertEquals(9.0 / 14, m.macroF1(), EPS);
    }

    @Test
    void unknownLabelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix().add("good", POS));
    }
}
