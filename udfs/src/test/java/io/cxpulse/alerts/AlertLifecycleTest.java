package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AlertLifecycleTest {
    static final long MIN = 60_000L;
    static final Subject SUBJECT = new Subject(Subject.SEGMENT, "source=google/product=all",
            "google reviews (all products)", false);

    final AlertLifecycle lifecycle = new AlertLifecycle("reputation-surge", 60 * MIN, 120 * MIN);

    static Verdict firing(long time, double score) {
        return new Verdict(Verdict.FIRING, time, SUBJECT, "warning", "1d", 0, 1, 9, 2.0, 8.0,
                "Surge.", new Evidence("rv-" + time, "bad", new String[] {"bad"}, score));
    }

    @Test
    void shouldOpenOnceThenUpdateAtMostOncePerCooldownThenResolve() {
        Episode e = new Episode();
        Alert open = lifecycle.onVerdict(e, firing(0, -0.1));
        assertEquals(Alert.OPEN, open.status());
        assertEquals("reputation-surge:segment:source=google/product=all", open.alertId());
        assertEquals(1, open.sequence());
        assertNull(lifecycle.onVerdict(e, firing(10 * MIN, -0.5)), "within the cooldown");
        assertNull(lifecycle.onVerdict(e, firing(59 * MIN, -0.2)));
        Alert update = lifecycle.onVerdict(e, firing(61 * MIN, -0.9));
        assertEquals(Alert.UPDATE, update.status());
        assertEquals(4, update.count());
        assertEquals(2, update.sequence());
        assertEquals(3, update.evidence().length, "at most three examples");
        assertEquals(-0.9, update.evidence()[0].score(), "the most negative first");
        assertNull(lifecycle.onTime(e, 61 * MIN + 119 * MIN), "not yet clear");
        Alert resolved = lifecycle.onTime(e, 61 * MIN + 120 * MIN);
        assertEquals(Alert.RESOLVED, resolved.status());
        assertEquals(3, resolved.sequence());
        assertEquals(0, resolved.firstSeen());
        assertEquals(61 * MIN, resolved.lastSeen());
        assertEquals(false, e.open);
    }

    @Test
    void aClearVerdictResolvesAndNoneDoesNothing() {
        Episode e = new Episode();
        lifecycle.onVerdict(e, firing(0, 0));
        assertNull(lifecycle.onVerdict(e, Verdict.none(5 * MIN)));
        assertEquals(Alert.RESOLVED, lifecycle.onVerdict(e, Verdict.clear(6 * MIN)).status());
        assertNull(lifecycle.onVerdict(e, Verdict.clear(7 * MIN)), "already resolved");
        assertEquals(Alert.OPEN, lifecycle.onVerdict(e, firing(8 * MIN, 0)).status(), "a new episode");
    }
}
