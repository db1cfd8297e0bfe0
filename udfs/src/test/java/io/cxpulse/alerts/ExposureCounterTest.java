package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureCounterTest {
    static final long HOUR = 3_600_000L;
    static final Subject A = new Subject(Subject.SEGMENT, "a", "a", false);

    @Test
    void sendsOneExposurePerSubjectAndStepOnceTheWatermarkPassesIt() {
        ExposureCounter c = new ExposureCounter(HOUR, 0);
        for (int i = 0; i < 7; i++) {
            long t = 10 * HOUR + i * 60_000L;
            c.see(t, "a|p1", "a|all", i < 2, k -> A);
            c.see(t, "a|all", ExposureCounter.EVERYTHING, i < 2, k -> A);
        }
        assertEquals(List.of(), c.flushThrough(11 * HOUR - 2), "the step is not over");
        List<CountObservation> due = c.flushThrough(11 * HOUR - 1);
        assertEquals(2, due.size());
        for (CountObservation e : due) {
            assertEquals(7, e.records());
            assertEquals(0, e.matches());
            assertEquals(11 * HOUR - 1, e.time(), "dated at the last millisecond of its step");
        }
        assertEquals(List.of(), c.flushThrough(12 * HOUR), "nothing twice");
    }

    @Test
    void recordsFarOutOfOrderCountInTheirOwnStep() {
        // one input partition read days ahead of the other
        ExposureCounter c = new ExposureCounter(HOUR, 0);
        c.see(100 * HOUR + 5, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        c.see(3 * HOUR + 5, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        c.see(3 * HOUR + 9, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        List<CountObservation> due = c.flushThrough(50 * HOUR);
        assertEquals(1, due.size());
        assertEquals(2, due.get(0).records());
        assertEquals(4 * HOUR - 1, due.get(0).time());
        due = c.flushThrough(Long.MAX_VALUE);
        assertEquals(101 * HOUR - 1, due.get(0).time(), "the end of input sends the rest");
    }

    @Test
    void aRecordAfterItsStepWasSentGoesWithTheNextWatermark() {
        ExposureCounter c = new ExposureCounter(HOUR, 0);
        c.see(5 * HOUR, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        assertEquals(1, c.flushThrough(6 * HOUR).size());
        c.see(5 * HOUR + 7, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        List<CountObservation> late = c.flushThrough(6 * HOUR + 1);
        assertEquals(1, late.size());
        assertEquals(6 * HOUR - 1, late.get(0).time(), "still dated in its own step");
    }

    @Test
    void aParentLendsItsShareOnlyWithEnoughRecordsAndHistory() {
        ExposureCounter c = new ExposureCounter(HOUR, 24 * HOUR);
        long t = 0;
        for (int i = 0; i < 100; i++, t += HOUR / 4) {
            c.see(t, "a|p1", "a|all", i % 4 == 0, k -> A);
            c.see(t, "a|all", ExposureCounter.EVERYTHING, i % 4 == 0, k -> A);
            c.flushThrough(t);
            if (t < 24 * HOUR - 1) {
                assertTrue(Double.isNaN(c.share("a|all")), "too new at " + t);
            }
        }
        assertEquals(0.25, c.share("a|all"), 1e-9);
        assertEquals(0.25, c.share("b|all"), 1e-9, "an unknown parent lends everything's share");
    }
}
