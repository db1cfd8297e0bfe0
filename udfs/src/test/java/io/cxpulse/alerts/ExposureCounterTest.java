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
        ExposureCounter c = new ExposureCounter(HOUR);
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
        ExposureCounter c = new ExposureCounter(HOUR);
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
        ExposureCounter c = new ExposureCounter(HOUR);
        c.see(5 * HOUR, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        assertEquals(1, c.flushThrough(6 * HOUR).size());
        c.see(5 * HOUR + 7, "a|all", ExposureCounter.EVERYTHING, false, k -> A);
        List<CountObservation> late = c.flushThrough(6 * HOUR + 1);
        assertEquals(1, late.size());
        assertEquals(6 * HOUR - 1, late.get(0).time(), "still dated in its own step");
    }

    @Test
    void aParentLendsItsShareAndItsFirstRecordsTimeOnceItHasEnoughRecords() {
        ExposureCounter c = new ExposureCounter(HOUR);
        long t = 10 * HOUR;
        for (int i = 0; i < 100; i++, t += HOUR / 4) {
            c.see(t, "a|p1", "a|all", i % 4 == 0, k -> A);
            c.see(t, "a|all", ExposureCounter.EVERYTHING, i % 4 == 0, k -> A);
            List<CountObservation> due = c.flushThrough(t);
            if (i < 19) {
                assertTrue(due.stream().allMatch(e -> Double.isNaN(e.parentShare())), "too few at " + i);
            }
        }
        c.see(t, "a|p1", "a|all", false, k -> A);
        c.see(2 * HOUR, "b|p1", "b|all", false, k -> A);   // a new parent, far out of order
        List<CountObservation> due = c.flushThrough(Long.MAX_VALUE);
        List<CountObservation> p1s = due.stream().filter(e -> e.key().equals("a|p1")).toList();
        assertEquals(25.0 / 100, p1s.get(0).parentShare(), 1e-9,
                "a step lends the share of the records up to it, not of those read ahead");
        CountObservation p1 = p1s.get(p1s.size() - 1);
        assertEquals(25.0 / 101, p1.parentShare(), 1e-9);
        assertEquals(10 * HOUR, p1.parentSince());
        CountObservation b = due.stream().filter(e -> e.key().equals("b|p1")).findFirst().get();
        assertEquals(0.25, b.parentShare(), 1e-9, "an unknown parent lends everything's share");
        assertEquals(10 * HOUR, b.parentSince(), "and everything's first record");
    }

    @Test
    void whatIsTakenOutAndPutBackSendsWhatTheCounterWouldHaveSent() {
        ExposureCounter whole = new ExposureCounter(HOUR);
        ExposureCounter first = new ExposureCounter(HOUR);
        ExposureCounter second = new ExposureCounter(HOUR);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 400; i++) {
            long t = 10 * HOUR + random.nextInt(30) * 600_000L;
            String product = "p" + random.nextInt(3);
            boolean matched = random.nextInt(4) == 0;
            whole.see(t, "a|" + product, "a|all", matched, k -> A);
            whole.see(t, "a|all", ExposureCounter.EVERYTHING, matched, k -> A);
            // a job restored at another parallelism: two counters' state put into one
            ExposureCounter part = i % 2 == 0 ? first : second;
            part.see(t, "a|" + product, "a|all", matched, k -> A);
            part.see(t, "a|all", ExposureCounter.EVERYTHING, matched, k -> A);
        }
        ExposureCounter restored = new ExposureCounter(HOUR);
        restored.restore(first.pendingExposures(), first.parentRecords());
        restored.restore(second.pendingExposures(), second.parentRecords());
        // the order of subjects within a step is the order they were first seen in, which
        // merging two counters changes; subjects are judged each on its own
        assertEquals(sorted(whole.flushThrough(Long.MAX_VALUE)),
                sorted(restored.flushThrough(Long.MAX_VALUE)));
        assertEquals(sorted(whole.parentRecords()), sorted(restored.parentRecords()));
    }

    @Test
    void theSharesLentDoNotDependOnHowFarAheadOfTheWatermarkRecordsWereRead() {
        java.util.Random random = new java.util.Random(3);
        List<long[]> records = new java.util.ArrayList<>();   // time, matched
        for (int i = 0; i < 2_000; i++) {
            records.add(new long[] {10 * HOUR + random.nextInt(48 * 60) * 60_000L,
                    random.nextInt(5) == 0 ? 1 : 0});
        }
        records.sort(java.util.Comparator.comparingLong(r -> r[0]));
        // read in time order, a watermark after every record; and everything, then one watermark
        ExposureCounter streaming = new ExposureCounter(HOUR);
        ExposureCounter batch = new ExposureCounter(HOUR);
        List<CountObservation> streamed = new java.util.ArrayList<>();
        for (long[] r : records) {
            streaming.see(r[0], "a|all", ExposureCounter.EVERYTHING, r[1] == 1, k -> A);
            streamed.addAll(streaming.flushThrough(r[0] - 1));
            batch.see(r[0], "a|all", ExposureCounter.EVERYTHING, r[1] == 1, k -> A);
        }
        streamed.addAll(streaming.flushThrough(Long.MAX_VALUE));
        assertEquals(sorted(streamed), sorted(batch.flushThrough(Long.MAX_VALUE)));
    }

    private static List<String> sorted(List<?> records) {
        return records.stream().map(Object::toString).sorted().toList();
    }
}
