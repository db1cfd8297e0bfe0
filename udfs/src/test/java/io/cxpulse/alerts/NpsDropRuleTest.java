package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import org.junit.jupiter.api.Test;

class NpsDropRuleTest {
    static final long DAY = 86_400_000L;
    final NpsDropRule rule = new NpsDropRule(AlertSettings.defaults().npsDrop());

    static NpsDropInput day(int d, long p, long pa, long de) {
        return new NpsDropInput(rollup("channel", "phone", d, p, pa, de), null);
    }

    /** Phone's answers on day d beside the rest of the business, paired with all responses. */
    static NpsDropInput beside(int d, long[] phone, long[] rest) {
        return new NpsDropInput(rollup("channel", "phone", d, phone[0], phone[1], phone[2]),
                rollup("overall", "all", d, phone[0] + rest[0], phone[1] + rest[1],
                        phone[2] + rest[2]));
    }

    static NpsRollup rollup(String dimension, String value, int d, long p, long pa, long de) {
        NpsStatistics s = NpsStatistics.of(p, pa, de);
        return new NpsRollup("1d", d * DAY, (d + 1) * DAY, dimension, value, p + pa + de, p, pa,
                de, s.nps(), s.ciLow(), s.ciHigh(), s.marginOfError(), false, 0, null, 1);
    }

    /** Seven days of phone (100 a day) beside the rest (400 a day), then the eighth. */
    Verdict eighthDay(long[] phone, long[] rest, long[] phoneThen, long[] restThen) {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            assertFalse(rule.observe(h, beside(d, phone, rest)).firing());
        }
        return rule.observe(h, beside(7, phoneThen, restThen));
    }

    static long[] mix(long p, long pa, long de) {
        return new long[] {p, pa, de};
    }

    @Test
    void aSegmentThatOnlySharesADropEverywhereIsCoveredByTheOverallAlert() {
        Verdict v = eighthDay(mix(45, 35, 20), mix(180, 140, 80),     // both +25
                mix(20, 20, 60), mix(80, 80, 240));                  // both -40
        assertEquals(Verdict.CLEAR, v.state());
    }

    @Test
    void aSegmentFarBelowEveryoneElseFiresAndSaysWhereEveryoneStands() {
        Verdict v = eighthDay(mix(45, 35, 20), mix(180, 140, 80),
                mix(20, 20, 60), mix(180, 140, 80));                 // phone -40, all +12
        assertEquals(Verdict.FIRING, v.state());
        assertTrue(v.message().endsWith("; all responses: +12."), v.message());
    }

    /** The old guard wanted the segment below all responses: a fall from +70 to +40 was hidden. */
    @Test
    void aSegmentAboveEveryoneThatFallsAloneStillFires() {
        Verdict v = eighthDay(mix(80, 10, 10), mix(120, 160, 120),    // phone +70, rest 0
                mix(55, 30, 15), mix(120, 160, 120));                 // phone +40, all +8
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(40.0, v.observed());
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

    /** Issue 12: +40 to -100 in a day on 16 answers was hidden by a gate of 50 responses. */
    @Test
    void aSmallSegmentThatFallsFarFires() {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            rule.observe(h, day(d, 8, 5, 2));         // NPS +40, 15 a day
        }
        Verdict v = rule.observe(h, day(7, 0, 0, 16));
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(-100.0, v.observed());
    }

    @Test
    void aSmallSegmentNeedsALargeDrop() {
        NpsHistory h = rule.newState();
        for (int d = 0; d < 7; d++) {
            rule.observe(h, day(d, 8, 5, 2));
        }
        assertEquals(Verdict.CLEAR, rule.observe(h, day(7, 5, 5, 6)).state(),
                "-6 on 16 answers is 46 points below +40, inside their noise");
    }

    @Test
    void tooFewResponsesForAnIntervalSayNothing() {
        NpsHistory h = rule.newState();
        assertEquals(Verdict.NONE, rule.observe(h, day(0, 1, 1, 40)).state(), "no baseline yet");
        for (int d = 1; d < 8; d++) {
            rule.observe(h, day(d, 45, 35, 20));
        }
        assertEquals(Verdict.NONE, rule.observe(h, day(8, 0, 0, 4)).state(), "4 < 5 responses");
    }

    @Test
    void stateKeptBeforeTheCountsOfAllResponsesIsReadAsUnknown() {
        NpsHistory h = new NpsHistory();
        h.starts = new long[] {0, DAY, 2 * DAY};
        h.promoters = new long[] {45, 45, 45};
        h.passives = new long[] {35, 35, 35};
        h.detractors = new long[] {20, 20, 20};
        Verdict v = rule.observe(h, beside(3, mix(20, 20, 60), mix(80, 80, 240)));
        assertEquals(Verdict.FIRING, v.state(), "without the rest's baseline, judged alone");
        assertEquals(4, h.allPromoters.length);
    }
}
