package io.cxpulse.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
