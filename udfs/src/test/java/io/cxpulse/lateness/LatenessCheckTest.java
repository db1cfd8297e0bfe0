package io.cxpulse.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatenessCheckTest {

    static final long NOT_LATE = Long.MIN_VALUE;
    static final long NO_WATERMARK = Long.MIN_VALUE;
    static final long OUT_OF_ORDERNESS = 5 * 60_000L;
    static final long ALLOWED_LATENESS = 60 * 60_000L;
    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;
    /** The newest time an event may have and still be late after T0: T0 - 5 min - 1 ms - 1 h. */
    static final long LIMIT = T0 - OUT_OF_ORDERNESS - 1 - ALLOWED_LATENESS;

    private final LatenessCheck check = new LatenessCheck(OUT_OF_ORDERNESS, ALLOWED_LATENESS);

    @Test
    void firstEventOfASplitIsNeverLate() {
        assertEquals(NOT_LATE, check.check("p0", 946_684_800_000L, NO_WATERMARK));
    }

    @Test
    void inOrderEventsAreNeverLate() {
        for (int i = 0; i < 1000; i++) {
            assertEquals(NOT_LATE, check.check("p0", T0 + i * 3_600_000L, NO_WATERMARK), "event " + i);
        }
    }

    @Test
    void outOfOrderWithinTheBoundAndLatenessIsAccepted() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(NOT_LATE, check.check("p0", T0 - 30 * 60_000L, NO_WATERMARK));
        assertEquals(NOT_LATE, check.check("p0", T0 - OUT_OF_ORDERNESS, NO_WATERMARK));
    }

    @Test
    void eventAtTheLimitIsLateAndReportsTheWatermark() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, check.check("p0", LIMIT, NO_WATERMARK));
    }

    @Test
    void eventOneMillisecondAfterTheLimitIsNotLate() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(NOT_LATE, check.check("p0", LIMIT + 1, NO_WATERMARK));
    }

    @Test
    void eventWellBeforeTheLimitIsLate() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, check.check("p0", T0 - 24 * 3_600_000L, NO_WATERMARK));
    }

    @Test
    void zeroAllowedLatenessMakesEventsAtTheWatermarkLate() {
        LatenessCheck strict = new LatenessCheck(0, 0);
        strict.check("p0", T0, NO_WATERMARK);
        assertEquals(T0 - 1, strict.check("p0", T0 - 1, NO_WATERMARK));
        assertEquals(NOT_LATE, strict.check("p0", T0, NO_WATERMARK));
        assertEquals(0, strict.allowedLatenessMillis());
    }

    @Test
    void splitsAreIndependent() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(NOT_LATE, check.check("p1", T0 - 24 * 3_600_000L, NO_WATERMARK));
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, check.check("p0", T0 - 24 * 3_600_000L, NO_WATERMARK));
    }

    @Test
    void jobWatermarkHigherThanTheSplitsOwnMakesOlderEventsLate() {
        check.check("p0", T0 - 10 * 3_600_000L, NO_WATERMARK);
        long jobWatermark = T0;
        assertEquals(jobWatermark,
                check.check("p0", T0 - ALLOWED_LATENESS, jobWatermark));
        assertEquals(NOT_LATE, check.check("p0", T0 - ALLOWED_LATENESS + 1, jobWatermark));
    }

    @Test
    void jobWatermarkAppliesToASplitNotSeenBefore() {
        assertEquals(T0, check.check("new-split", T0 - 2 * ALLOWED_LATENESS, T0));
    }

    @Test
    void lowerJobWatermarkDoesNotRelaxTheSplitsOwn() {
        check.check("p0", T0, NO_WATERMARK);
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, check.check("p0", LIMIT, T0 - 10 * 3_600_000L));
    }

    @Test
    void lateEventDoesNotMoveTheSplitsNewestTime() {
        check.check("p0", T0, NO_WATERMARK);
        check.check("p0", LIMIT, NO_WATERMARK);
        assertEquals(Map.of("p0", T0), check.snapshot());
    }

    @Test
    void eventRejectedByTheJobWatermarkDoesNotStartItsSplit() {
        check.check("p0", T0 - 2 * ALLOWED_LATENESS, T0);
        assertFalse(check.snapshot().containsKey("p0"));
    }

    @Test
    void olderAcceptedEventDoesNotMoveTheNewestTimeBack() {
        check.check("p0", T0, NO_WATERMARK);
        check.check("p0", T0 - 60_000L, NO_WATERMARK);
        assertEquals(Map.of("p0", T0), check.snapshot());
    }

    @Test
    void snapshotHoldsTheNewestTimePerSplit() {
        check.check("p0", T0, NO_WATERMARK);
        check.check("p0", T0 + 5, NO_WATERMARK);
        check.check("p1", T0 - 7, NO_WATERMARK);
        assertEquals(Map.of("p0", T0 + 5, "p1", T0 - 7), check.snapshot());
    }

    @Test
    void restoredProgressMakesOldEventsLate() {
        LatenessCheck restored = new LatenessCheck(OUT_OF_ORDERNESS, ALLOWED_LATENESS);
        restored.restore("p0", T0);
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, restored.check("p0", LIMIT, NO_WATERMARK));
        assertEquals(NOT_LATE, restored.check("p0", LIMIT + 1, NO_WATERMARK));
    }

    @Test
    void restoreMergesSeveralSnapshotsByMaximum() {
        check.restore("p0", T0 - 1000);
        check.restore("p0", T0);
        check.restore("p0", T0 - 5000);
        check.restore("p1", T0 - 3);
        assertEquals(Map.of("p0", T0, "p1", T0 - 3), check.snapshot());
        assertEquals(T0 - OUT_OF_ORDERNESS - 1, check.check("p0", LIMIT, NO_WATERMARK));
    }

    @Test
    void snapshotIsACopyThatLaterEventsDoNotChange() {
        check.check("p0", T0, NO_WATERMARK);
        Map<String, Long> snapshot = check.snapshot();
        check.check("p0", T0 + 1000, NO_WATERMARK);
        assertEquals(T0, snapshot.get("p0"));
    }
}
