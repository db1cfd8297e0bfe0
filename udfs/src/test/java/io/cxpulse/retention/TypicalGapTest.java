package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.DAY;
import static io.cxpulse.retention.Inputs.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void limitIsThreeTypicalGapsBetweenFloorAndCeiling() {
        assertEquals(3 * DAY, TypicalGap.atRiskAfter(gaps(DAY, DAY, DAY), settings), "daily buyer");
        assertEquals(45 * DAY, TypicalGap.atRiskAfter(gaps(30 * DAY, 30 * DAY, 30 * DAY), settings),
                "monthly buyer: ceiling");
        assertEquals(2 * DAY, TypicalGap.atRiskAfter(gaps(HOUR, HOUR, HOUR), settings),
                "hourly user: floor");
        assertEquals(45 * DAY, TypicalGap.atRiskAfter(gaps(HOUR, HOUR), settings),
                "too few gaps: the ceiling");
    }

    @Test
    void negativeGapsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TypicalGap.add(new long[0], -1));
    }
}
