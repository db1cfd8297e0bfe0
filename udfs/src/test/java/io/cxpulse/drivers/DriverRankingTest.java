package io.cxpulse.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AspectDriver;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverRankingTest {

    private static AspectDriver driver(String aspect, Double impact, boolean lowSample) {
        return new AspectDriver(aspect, 0, 5, 0, 0, 0, -0.2, null, 3, 7, null, null, impact,
                lowSample);
    }

    private static List<String> order(AspectDriver... drivers) {
        return List.of(DriverRanking.rank(drivers)).stream()
                .map(d -> d.rank() + ":" + d.aspect())
                .toList();
    }

    private static AspectDriver driver(String aspect, double impact, long complaints, long others) {
        return new AspectDriver(aspect, 0, complaints, 0, 0, 0, -0.2, null, complaints, others,
                null, null, impact, false);
    }

    @Test
    void pointsLostWeighTheImpactByHowManyComplain() {
        // 91 of 200 complain about billing, 33.2 points lower: 15.1 points of the segment's NPS
        assertEquals(33.2 * 91 / 200, driver("billing", 33.2, 91, 109).pointsLost(), 1e-9);
        assertEquals(null, driver("app", null, false).pointsLost());
    }

    @Test
    void aCommonComplaintOutranksARareOneWithALargerImpact() {
        assertEquals(List.of("1:billing", "2:price"), order(
                driver("price", 37.6, 22, 178),
                driver("billing", 33.2, 91, 109)));
    }

    @Test
    void largestImpactRanksFirstAmongEquallyCommonComplaints() {
        assertEquals(List.of("1:support", "2:price", "3:app"), order(
                driver("price", 12.5, false),
                driver("app", -4.0, false),
                driver("support", 30.0, false)));
    }

    @Test
    void equalImpactsRankByAspectName() {
        assertEquals(List.of("1:billing", "2:staff", "3:support"), order(
                driver("support", 10.0, false),
                driver("staff", 10.0, false),
                driver("billing", 10.0, false)));
    }

    @Test
    void lowSampleAspectsRankAfterTheOthersWhateverTheirImpact() {
        assertEquals(List.of("1:billing", "2:support", "3:app", "4:delivery", "5:price",
                        "6:quality"), order(
                driver("price", 50.0, true),
                driver("support", 10.0, false),
                driver("quality", null, true),
                driver("app", null, false),
                driver("delivery", 50.0, true),
                driver("billing", 10.0, false)));
    }

    @Test
    void rankingLeavesTheInputAlone() {
        AspectDriver[] input = {driver("price", 1.0, false), driver("app", 2.0, false)};
        DriverRanking.rank(input);
        assertEquals("price", input[0].aspect());
        assertEquals(0, input[0].rank());
    }

    /** A driver with its counts and outcomes; impact as the tallies compute it. */
    private static AspectDriver counted(String aspect, long detractorMentions, long negative,
            long others, Double npsNegative, Double npsOthers, boolean lowSample) {
        Double impact = npsNegative == null || npsOthers == null ? null : npsOthers - npsNegative;
        return new AspectDriver(aspect, 0, negative, 0, 0, detractorMentions, -0.5, null,
                negative, others, npsNegative, npsOthers, impact, lowSample);
    }

    @Test
    void anAspectEveryResponseCriticisesRanksFirstThoughItsCostIsUnknown() {
        // 16 responses, all detractors, all about billing; 4 of them also about price, 4 about
        // support: those two cost 0 points (NPS -100 either way); billing cannot be compared
        AspectDriver billing = counted("billing", 16, 16, 0, -100.0, null, true);
        assertTrue(billing.criticisedByAll());
        assertNull(billing.pointsLost());
        assertEquals(List.of("1:billing", "2:price", "3:support"), order(
                counted("support", 4, 4, 12, -100.0, -100.0, true),
                counted("price", 4, 4, 12, -100.0, -100.0, true),
                billing));
    }

    @Test
    void anAspectEveryResponseCriticisesOutranksAnyMeasuredCost() {
        assertEquals(List.of("1:billing", "2:price"), order(
                counted("price", 2, 2, 8, -100.0, 50.0, false),
                counted("billing", 10, 10, 0, -60.0, null, false)));
    }

    @Test
    void anAspectNobodyCriticisesRanksLast() {
        // mentioned only in praise: no negative group, no cost
        assertEquals(List.of("1:price", "2:app"), order(
                counted("app", 0, 0, 10, null, 20.0, false),
                counted("price", 1, 1, 9, -100.0, 0.0, false)));
    }

    @Test
    void aSingleCriticalResponseRanksFirstAmongTheLowSample() {
        // one response in the segment, criticising delivery: criticised by all, yet thin
        assertEquals(List.of("1:billing", "2:delivery"), order(
                counted("delivery", 1, 1, 0, -100.0, null, true),
                counted("billing", 20, 20, 0, -100.0, null, false)));
    }

    @Test
    void equalPointsLostRankTheMoreWidespreadComplaintFirst() {
        // price: 2 of 10 at -100 vs 50 for the rest: impact 150, lost 30;
        // staff: 3 of 10 at -50 vs 50: impact 100, lost 30
        AspectDriver price = counted("price", 2, 2, 8, -100.0, 50.0, false);
        AspectDriver staff = counted("staff", 2, 3, 7, -50.0, 50.0, false);
        assertEquals(30.0, price.pointsLost(), 1e-9);
        assertEquals(30.0, staff.pointsLost(), 1e-9);
        assertEquals(List.of("1:staff", "2:price"), order(price, staff));
    }
}
