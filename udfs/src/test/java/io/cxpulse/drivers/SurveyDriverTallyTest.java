package io.cxpulse.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.sentiment.AspectSentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten crafted responses, worked by hand:
 *
 * <pre>
 *  #  nps class      comment  aspects
 *  1  10  promoter   yes      price +0.5
 *  2   9  promoter   yes      support -0.6
 *  3   9  promoter   no       -
 *  4   8  passive    yes      price -0.4
 *  5   7  passive    yes      -
 *  6   6  detractor  yes      price -0.8, support -0.3
 *  7   5  detractor  yes      price -0.04 (not negative), delivery -0.5
 *  8   3  detractor  yes      support -0.7
 *  9   2  detractor  no       -
 * 10   0  detractor  no       (price -0.9 given, but without a comment it must not count)
 * </pre>
 *
 * 3 promoters, 2 passives, 5 detractors: NPS -20. 7 comments, 3 of them from detractors.
 */
class SurveyDriverTallyTest {

    static final double EPS = 1e-9;

    static AspectSentiment a(String aspect, double score) {
        return new AspectSentiment(aspect, score, 1);
    }

    static AspectSentiment[] of(AspectSentiment... aspects) {
        return aspects;
    }

    static final int[] SCORES = {10, 9, 9, 8, 7, 6, 5, 3, 2, 0};
    static final boolean[] COMMENTED = {true, true, false, true, true, true, true, true, false, false};
    static final AspectSentiment[][] ASPECTS = {
        of(a("price", 0.5)),
        of(a("support", -0.6)),
        of(),
        of(a("price", -0.4)),
        of(),
        of(a("price", -0.8), a("support", -0.3)),
        of(a("price", -0.04), a("delivery", -0.5)),
        of(a("support", -0.7)),
        of(),
        of(a("price", -0.9)),
    };

    static SurveyDriverTally tally(int from, int to) {
        SurveyDriverTally t = new SurveyDriverTally();
        for (int i = from; i < to; i++) {
            t.add(SCORES[i], COMMENTED[i], ASPECTS[i]);
        }
        return t;
    }

    static AspectDriver row(List<AspectDriver> rows, String aspect) {
        return rows.stream().filter(r -> r.aspect().equals(aspect)).findFirst().orElseThrow();
    }

    @Test
    void everyResponseCountsForNpsButOnlyCommentsForText() {
        SurveyDriverTally t = tally(0, 10);
        assertEquals(10, t.responses());
        assertEquals(3, t.promoters);
        assertEquals(2, t.passives);
        assertEquals(5, t.detractors);
        assertEquals(7, t.comments);
        assertEquals(3, t.detractorComments);
        AspectDriver price = row(t.aspects(2), "price");
        assertEquals(4, price.mentions(), "response 10 has no comment: its price mention is ignored");
        assertEquals(2, price.detractorMentions());
    }

    @Test
    void npsImpactIsNpsOfOthersMinusNpsOfNegativeMentions() {
        AspectDriver price = row(tally(0, 10).aspects(2), "price");
        // negative: #4 passive, #6 detractor -> (0 - 1) / 2 = -50
        assertEquals(2, price.negativeMentions());
        assertEquals(-50.0, price.outcomeNegative(), EPS);
        // others: 3 promoters, 1 passive, 4 detractors -> (3 - 4) / 8 = -12.5
        assertEquals(8, price.others());
        assertEquals(-12.5, price.outcomeOthers(), EPS);
        assertEquals(37.5, price.impact(), EPS);

        AspectDriver support = row(tally(0, 10).aspects(2), "support");
        // negative: #2 promoter, #6 and #8 detractors -> -100/3; others 2P 2Pa 3D -> -100/7
        assertEquals(3, support.negativeMentions());
        assertEquals(-100.0 / 3, support.outcomeNegative(), EPS);
        assertEquals(-100.0 / 7, support.outcomeOthers(), EPS);
        assertEquals(100.0 * 4 / 21, support.impact(), EPS);
    }

    @Test
    void aspectScoreAtMinusPointZeroFourIsNotANegativeMention() {
        AspectDriver price = row(tally(0, 10).aspects(2), "price");
        assertEquals(2, price.negativeMentions(), "-0.04 is above the -0.05 threshold");
    }

    @Test
    void mentionsByClassMeanSentimentAndDetractorShare() {
        List<AspectDriver> rows = tally(0, 10).aspects(2);
        AspectDriver price = row(rows, "price");
        assertEquals(List.of(1L, 1L, 2L), List.of(price.promoterMentions(),
                price.passiveMentions(), price.detractorMentions()));
        assertEquals((0.5 - 0.4 - 0.8 - 0.04) / 4, price.meanSentiment(), EPS);
        assertEquals(2.0 / 3, price.detractorShare(), EPS);

        AspectDriver delivery = row(rows, "delivery");
        assertEquals(1, delivery.mentions());
        assertEquals(-0.5, delivery.meanSentiment(), EPS);
        assertEquals(1.0 / 3, delivery.detractorShare(), EPS);
        assertEquals(-100.0, delivery.outcomeNegative(), EPS);
        assertEquals(-100.0 / 9, delivery.outcomeOthers(), EPS);
    }

    @Test
    void onlyMentionedAspectsAppear() {
        assertEquals(List.of("price", "delivery", "support"),
                tally(0, 10).aspects(2).stream().map(AspectDriver::aspect).toList());
    }

    @Test
    void rollupRanksAspectsWithLowSampleAfterTheOthers() {
        DriverRollup r = tally(0, 10).rollup("overall", "all", "1d", 0, 86_400_000L, 2, 1);
        assertEquals(DriverRollup.SURVEY, r.sourceKind());
        assertEquals(10, r.count());
        assertEquals(7, r.withText());
        assertEquals(3, r.detractorComments());
        assertEquals(-20.0, r.nps(), EPS);
        assertNull(r.meanRating());
        // delivery has the largest impact (88.9) but one negative mention, below the minimum 2
        assertEquals(List.of("price", "support", "delivery"),
                List.of(r.aspects()).stream().map(AspectDriver::aspect).toList());
        assertEquals(List.of(1, 2, 3), List.of(r.aspects()).stream().map(AspectDriver::rank).toList());
        assertFalse(r.aspects()[0].lowSample());
        assertFalse(r.aspects()[1].lowSample(), "exactly the minimum is enough");
        assertTrue(r.aspects()[2].lowSample());
        assertEquals(100 - 100.0 / 9, r.aspects()[2].impact(), EPS);
    }

    @Test
    void aspectWithoutNegativeMentionsHasNoImpact() {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(10, true, of(a("staff", 0.7)));
        t.add(2, true, of());
        AspectDriver staff = t.aspects(1).get(0);
        assertEquals(0, staff.negativeMentions());
        assertEquals(2, staff.others());
        assertNull(staff.outcomeNegative());
        assertEquals(0.0, staff.outcomeOthers(), EPS);
        assertNull(staff.impact());
        assertTrue(staff.lowSample());
        assertEquals(0.0, staff.detractorShare(), EPS);
    }

    @Test
    void detractorShareIsNullWithoutDetractorComments() {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(9, true, of(a("app", -0.5)));
        t.add(1, false, of());
        AspectDriver app = t.aspects(1).get(0);
        assertNull(app.detractorShare());
        assertEquals(100.0, app.outcomeNegative(), EPS);
        assertEquals(-100.0, app.outcomeOthers(), EPS);
        assertEquals(-200.0, app.impact(), EPS, "a negative impact: critics of the app score higher");
    }

    @Test
    void anAspectCountsOncePerResponse() {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(3, true, of(a("billing", -0.6), a("billing", -0.2)));
        AspectDriver billing = t.aspects(1).get(0);
        assertEquals(1, billing.mentions());
        assertEquals(1, billing.negativeMentions());
        assertEquals(-0.6, billing.meanSentiment(), EPS);
    }

    @Test
    void mergingPartialTalliesEqualsAddingEverythingToOne() {
        DriverRollup whole = tally(0, 10).rollup("overall", "all", "1d", 0, 1, 2, 1);
        SurveyDriverTally left = new SurveyDriverTally();
        DriverRollup merged = left.merge(tally(0, 4)).merge(tally(4, 10)).rollup("overall", "all", "1d", 0, 1, 2, 1);
        assertEquals("overall|all", merged.dimension() + "|" + merged.value());
        assertEquals(whole.count(), merged.count());
        assertEquals(whole.withText(), merged.withText());
        assertEquals(whole.detractorComments(), merged.detractorComments());
        assertEquals(List.of(whole.aspects()).toString(), List.of(merged.aspects()).toString());
    }

    @Test
    void emptyTallyHasNoAspects() {
        SurveyDriverTally t = new SurveyDriverTally();
        assertEquals(0, t.responses());
        assertTrue(t.aspects(1).isEmpty());
    }

    @Test
    void whenAllSixteenDetractorsCriticiseBillingItRanksFirst() {
        // a phone day: 16 responses, all detractors, every comment about billing; 4 also
        // criticise price, 4 others support. Price and support: NPS -100 with and without them,
        // 0 points lost. Billing: nobody left to compare with, so no points lost, yet first.
        SurveyDriverTally t = new SurveyDriverTally();
        for (int i = 0; i < 16; i++) {
            AspectSentiment[] aspects = i < 4 ? of(a("billing", -0.8), a("price", -0.5))
                    : i < 8 ? of(a("billing", -0.7), a("support", -0.6))
                    : of(a("billing", -0.9));
            t.add(i % 7, true, aspects);
        }
        for (long minNegative : new long[] {20, 3}) {
            AspectDriver[] table = t.rollup("overall", "all", "1d", 0, 86_400_000L, minNegative, 1).aspects();
            assertEquals(List.of("billing", "price", "support"),
                    List.of(table).stream().map(AspectDriver::aspect).toList());
            AspectDriver billing = table[0];
            assertEquals(1, billing.rank());
            assertEquals(16, billing.negativeMentions());
            assertEquals(16, billing.detractorMentions());
            assertEquals(0, billing.others());
            assertEquals(-100.0, billing.outcomeNegative(), EPS);
            assertNull(billing.pointsLost());
            assertEquals(0.0, table[1].pointsLost(), EPS);
            assertEquals(0.0, table[2].pointsLost(), EPS);
        }
    }
}
