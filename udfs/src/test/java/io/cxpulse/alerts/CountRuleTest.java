package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CountRuleTest {
    static final long HOUR = 3_600_000L;
    static final Subject S = new Subject(Subject.SEGMENT, "source=google/product=all", "google reviews", false);

    final CountRuleSettings settings = new CountRuleSettings(true, "warning", Duration.ofHours(6),
            Duration.ofHours(1), Duration.ofDays(7), 5, 0.001, Duration.ofDays(1), 2.5, 2);
    final ReputationSurgeRule rule = new ReputationSurgeRule(settings);

    Verdict observe(CountState s, long time) {
        return rule.observe(s, CountObservation.match("k", S, time, null));
    }

    void expose(CountState s, long time, int records, double parentShare) {
        assertEquals(Verdict.NONE, rule.observe(s,
                CountObservation.exposure("k", S, time, records, parentShare, -30 * 24 * HOUR)).state());
    }

    @Test
    void aSubjectWithNoHistoryAndNoParentIsNotJudged() {
        CountState s = rule.newState();
        Verdict v = null;
        for (int i = 0; i < 40; i++) {
            v = observe(s, i * 60_000L);
        }
        assertEquals(Verdict.NONE, v.state(), "nothing to compare 40 matches with");
    }

    @Test
    void aNewSubjectBorrowsItsParentsShareOfItsOwnVolume() {
        // 10 records an hour, of which the parent has 40% matching: 4 an hour, 24 in 6h expected
        CountState s = rule.newState();
        for (int h = 0; h < 3; h++) {
            expose(s, h * HOUR + HOUR - 1, 10, 0.4);
        }
        Verdict v = null;
        for (int i = 0; i < 20; i++) {
            v = observe(s, 3 * HOUR + i * 60_000L);
        }
        assertEquals(Verdict.NONE, v.state(), "20 matches in 6h where the parent's share gives 18: " + v);
        CountState quiet = rule.newState();
        for (int h = 0; h < 3; h++) {
            expose(quiet, h * HOUR + HOUR - 1, 10, 0.01);
        }
        for (int i = 0; i < 20; i++) {
            v = observe(quiet, 3 * HOUR + i * 60_000L);
        }
        assertEquals(Verdict.FIRING, v.state(), "20 matches where the parent's share gives 0.3");
    }

    @Test
    void quietDaysWithRecordsButNoMatchesCountAsZeros() {
        // ten days of 12 records a day, none matching, then 8 matches in a morning
        CountState s = rule.newState();
        for (int h = 0; h < 240; h += 2) {
            expose(s, h * HOUR + HOUR - 1, 1, 0.2);
        }
        assertEquals(0.0, s.rate, 1e-12);
        assertEquals(239, s.folded + settings.slots(), "every hour from the first record to the last");
        Verdict v = null;
        for (int i = 0; i < 8; i++) {
            v = observe(s, 240 * HOUR + i * 10 * 60_000L);
        }
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(5.0, v.threshold(), "the minimum volume: the usual count is far below it");
    }

    @Test
    void shouldFireOnABurstAboveItsOwnBaseline() {
        CountState s = rule.newState();
        long t = 0;
        for (int day = 0; day < 4; day++) {           // one match every 4 hours: 1.5 per 6h
            for (int h = 0; h < 24; h += 4) {
                assertEquals(Verdict.NONE, observe(s, t + h * HOUR).state());
            }
            t += 24 * HOUR;
        }
        assertTrue(s.rate > 0.15 && s.rate < 0.35, "learned about 0.25 per hour: " + s.rate);
        Verdict v = null;
        for (int i = 0; i < 12; i++) {
            v = observe(s, t + i * 60_000L);
        }
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(13.0, v.observed(), "the burst and the 20:00 match of the day before");
        assertTrue(v.threshold() <= 13 && v.threshold() >= 5, "threshold " + v.threshold());
        assertTrue(v.message().startsWith("Surge of negative google reviews: 13 in the last 6h"), v.message());
    }

    @Test
    void thresholdsAreSharedBetweenNearlyEqualQuestions() {
        assertEquals(1230.0, CountRule.significant(1234.4));
        assertEquals(0.0123, CountRule.significant(0.012345), 1e-12);
        assertEquals(24.0, CountRule.significant(24.0));
    }
}
