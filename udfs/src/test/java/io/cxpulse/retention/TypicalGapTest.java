package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.DAY;
import static io.cxpulse.retention.Inputs.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypicalGapTest {
    private final RetentionSettings settings = Inputs.settings();

    private static long[] gaps(long... gaps) {
        long[] g = new long[0];
        for (long gap : gaps) {
            g = TypicalGap.add(g, gap);
        }
        return g;
    }

    @Test
    void medianIgnoresOneLongHoliday() {
        assertEquals(30 * DAY, TypicalGap.median(gaps(30 * DAY, 31 * DAY, 70 * DAY, 29 * DAY, 30 * DAY)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(3 * DAY, TypicalGap.median(gaps(DAY, 2 * DAY, 4 * DAY, 10 * DAY)));
        assertEquals(-1, TypicalGap.median(new long[0]));
    }

    @Test
    void keepsOnlyTheLatestGapsSoANewRhythmTakesOver() {
        long[] g = gaps(30 * DAY, 30 * DAY, 30 * DAY, 30 * DAY, 30 * DAY);
        for (int i = 0; i < TypicalGap.CAPACITY; i++) {
            g = TypicalGap.add(g, DAY);
        }
        assertEquals(TypicalGap.CAPACITY, g.length);
        assertEquals(DAY, TypicalGap.median(g));
    }

    @Test
    void limitIsTheGapTheCustomersOwnGapsMakeUnlikelyBetweenFloorAndCeiling() {
        long regularWeekly = TypicalGap.atRiskAfter(gaps(7 * DAY, 6 * DAY, 8 * DAY, 7 * DAY,
                7 * DAY, 8 * DAY, 6 * DAY, 7 * DAY), settings);
        assertTrue(regularWeekly > 14 * DAY && regularWeekly < 21 * DAY,
                "a regular weekly buyer, 8 gaps: two to three weeks, got " + regularWeekly / (double) DAY);
        long burstyWeekly = TypicalGap.atRiskAfter(gaps(DAY, 20 * DAY, 2 * DAY, 12 * DAY,
                HOUR, 9 * DAY, 3 * DAY, 9 * DAY), settings);
        assertTrue(burstyWeekly > 3 * regularWeekly / 2, "the same mean, burstier: later, got "
                + burstyWeekly / (double) DAY);
        assertEquals(45 * DAY, TypicalGap.atRiskAfter(gaps(30 * DAY, 30 * DAY, 30 * DAY), settings),
                "monthly buyer: ceiling");
        assertEquals(2 * DAY, TypicalGap.atRiskAfter(gaps(HOUR, HOUR, HOUR), settings),
                "hourly user: floor");
        assertEquals(45 * DAY, TypicalGap.atRiskAfter(gaps(HOUR, HOUR), settings),
                "too few gaps: the ceiling");
    }

    @Test
    void aShortHistoryWaitsLongerThanALongOneWithTheSameGaps() {
        long[] few = gaps(3 * DAY, 4 * DAY, 5 * DAY);
        long[] many = few;
        for (int i = 0; i < 4; i++) {
            many = TypicalGap.add(TypicalGap.add(TypicalGap.add(many, 3 * DAY), 4 * DAY), 5 * DAY);
        }
        assertTrue(TypicalGap.atRiskAfter(few, settings) > TypicalGap.atRiskAfter(many, settings));
    }

    @Test
    void theArithmeticMatchesClosedForms() {
        double[] days = new double[200];
        java.util.Arrays.fill(days, 1.0);
        // equal gaps are the most regular: the quantile is far below the exponential's
        assertTrue(GammaGaps.quantile(days, 0.01) < 1.5);
        assertEquals(0.5, GammaGaps.incompleteBeta(2, 2, 0.5), 1e-12);
        assertEquals(1 - Math.pow(0.7, 3), GammaGaps.incompleteBeta(1, 3, 0.3), 1e-12);
        assertEquals(Math.log(24), GammaGaps.logGamma(5), 1e-12);
    }

    @Test
    void negativeGapsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TypicalGap.add(new long[0], -1));
    }
}
