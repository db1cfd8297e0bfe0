package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NpsDropRuleTest {
    static final long DAY = 86_400_000L;
    final NpsDropRule rule = new NpsDropRule(new NpsDropSettings(true, "critical", Duration.ofDays(1),
            7, 50, 10, 1.5));

    static NpsDropInput day(int d, long p, long pa, long de) {
        return new NpsDropInput(rollup("channel", "phone", d, p, pa, de), null);
    }

    static NpsRollup rollup(String dimension, String value, int d, long p, long pa, long de) {
        NpsStatistics s = NpsStatistics.of(p, pa, de);
        return new NpsRollup("1d", d * DAY, (d + 1) * DAY, dimension, value, p + pa + de, p, pa,
                de, s.nps(), s.ciLow(), s.ciHigh(), s.marginOfError(), false, 0, null, 1);
    }

    /** Phone's eighth day at NPS -40 after seven at +25, beside all responses of that day. */
    Verdict phoneDropBeside(NpsRollup everyone) {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            rule.observe(h, day(d, 45, 35, 20));
        }
        return rule.observe(h, new NpsDropInput(rollup("channel", "phone", 7, 20, 20, 60), everyone));
    }

    @Test
    void aSegmentThatOnlySharesADropEverywhereIsCoveredByTheOverallAlert() {
        NpsRollup everyone = rollup("overall", "all", 7, 100, 100, 280);     // NPS -38
        assertEquals(Verdict.CLEAR, phoneDropBeside(everyone).state());
    }

    @Test
    void aSegmentFarBelowEveryoneElseFiresAndSaysWhereEveryoneStands() {
        Verdict v = phoneDropBeside(rollup("overall", "all", 7, 200, 150, 130));   // NPS +15
        assertEquals(Verdict.FIRING, v.state());
        assertTrue(v.message().endsWith("; all responses: +15."), v.message());
    }

    @Test
    void aDropInsideTheNoiseIsNotAnAlert() {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            rule.observe(h, day(d, 45, 35, 20));      // NPS +25, 100 a day
        }
        assertEquals(Verdict.CLEAR, rule.observe(h, day(7, 38, 37, 25)).state(), "+13 is noise");
    }

    @Test
    void shouldFireWhenTheDropExceedsTheCombinedUncertainty() {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            rule.observe(h, day(d, 45, 35, 20));
        }
        Verdict v = rule.observe(h, day(7, 20, 20, 60));  // NPS -40
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(-40.0, v.observed());
        assertEquals(25.0, v.baseline());
        assertEquals(8 * DAY, v.time());
        assertEquals(Verdict.CLEAR, rule.observe(h, day(8, 45, 35, 20)).state(), "recovered");
    }

    @Test
    void tooFewResponsesSayNothing() {
        NpsHistory h = rule.newState();
        assertEquals(Verdict.NONE, rule.observe(h, day(0, 1, 1, 40)).state(), "no baseline yet");
        for (int d = 1; d < 8; d++) {
            rule.observe(h, day(d, 45, 35, 20));
        }
        assertEquals(Verdict.NONE, rule.observe(h, day(8, 0, 0, 30)).state(), "30 < 50 responses");
    }
}
