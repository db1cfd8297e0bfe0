package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CountRuleTest {
    static final long HOUR = 3_600_000L;
    static final Subject S = new Subject(Subject.SEGMENT, "source=google/product=all", "google reviews", false);

    final CountRuleSettings settings = new CountRuleSettings(true, "warning", Duration.ofHours(6),
            Duration.ofHours(1), Duration.ofDays(7), 5, 0.001, 12.0, 2.5, 2);
    final ReputationSurgeRule rule = new ReputationSurgeRule(settings);

    Verdict observe(CountState s, long time) {
        return rule.observe(s, new CountObservation("k", S, time, null));
    }

    @Test
    void aNewSubjectStartsFromThePriorNotFromNothing() {
        CountState s = rule.newState();
        Verdict v = null;
        for (int i = 0; i < 6; i++) {
            v = observe(s, i * 60_000L);
        }
        // prior 12 a day = 3 in 6h: 6 matches within minutes are not unusual enough
        assertEquals(Verdict.NONE, v.state());
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
}
