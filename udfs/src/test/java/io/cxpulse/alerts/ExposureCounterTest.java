package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureCounterTest {
    static final long HOUR = 3_600_000L;
    static final Subject A = new Subject(Subject.SEGMENT, "a", "a", false);

    @Test
    void sendsOneExposurePerSubjectAndStepWhenTheInputMovesOn() {
        ExposureCounter c = new ExposureCounter(HOUR, 0);
        for (int i = 0; i < 7; i++) {
            assertEquals(List.of(), c.advanceTo(10 * HOUR + i * 60_000L));
            c.see("a|p1", "a|all", i < 2, k -> A);
            c.see("a|all", ExposureCounter.EVERYTHING, i < 2, k -> A);
        }
        List<CountObservation> due = c.advanceTo(11 * HOUR + 5);
        assertEquals(2, due.size());
        for (CountObservation e : due) {
            assertEquals(7, e.records());
            assertEquals(0, e.matches());
            assertEquals(11 * HOUR - 1, e.time(), "dated at the last millisecond of its step");
        }
        assertEquals(List.of(), c.advanceTo(11 * HOUR + 10), "nothing new in the same step");
    }

    @Test
    void aParentLendsItsShareOnlyWithEnoughRecordsAndHistory() {
        ExposureCounter c = new ExposureCounter(HOUR, 24 * HOUR);
        long t = 0;
        for (int i = 0; i < 100; i++, t += HOUR / 4) {
            c.advanceTo(t);
            c.see("a|p1", "a|all", i % 4 == 0, k -> A);
            c.see("a|all", ExposureCounter.EVERYTHING, i % 4 == 0, k -> A);
            if (t < 24 * HOUR) {
                assertTrue(Double.isNaN(c.share("a|all")), "too new at " + t);
            }
        }
        assertEquals(0.25, c.share("a|all"), 1e-9);
        assertEquals(0.25, c.share("b|all"), 1e-9, "an unknown parent lends everything's share");
    }

    @Test
    void anOutOfOrderRecordCountsInTheCurrentStep() {
        ExposureCounter c = new ExposureCounter(HOUR, 0);
        c.advanceTo(5 * HOUR);
        c.see("a|all", ExposureCounter.EVERYTHING, false, k -> A);
        c.advanceTo(4 * HOUR);
        c.see("a|all", ExposureCounter.EVERYTHING, false, k -> A);
        List<CountObservation> due = c.advanceTo(6 * HOUR);
        assertEquals(1, due.size());
        assertEquals(2, due.get(0).records());
    }
}
