package io.cxpulse.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NpsStatisticsTest {

    private static final double EPS = 1e-9;

    @Test
    void eightyPromotersFifteenPassivesFiveDetractorsIsSeventyFive() {
        NpsStatistics s = NpsStatistics.of(80, 15, 5);
        assertEquals(100, s.responses());
        assertEquals(75.0, s.nps());
    }

    @Test
    void marginOfErrorForEightyFifteenFive() {
        // p = 0.80, d = 0.05: p + d - (p - d)^2 = 0.85 - 0.5625 = 0.2875
        // margin = 1.96 * 100 * sqrt(0.2875 / 100) = 196 * 0.0536190... = 10.50933...
        NpsStatistics s = NpsStatistics.of(80, 15, 5);
        assertEquals(10.509329188868, s.marginOfError(), 1e-9);
    }

    @Test
    void marginOfErrorIsWorstWhenHalfPromotersHalfDetractors() {
        // p = d = 0.5: variance term = 1 - 0 = 1, so margin = 196 / sqrt(n)
        NpsStatistics s = NpsStatistics.of(50, 0, 50);
        assertEquals(0.0, s.nps(), EPS);
        assertEquals(19.6, s.marginOfError(), EPS);
        assertEquals(196 / Math.sqrt(400), NpsStatistics.of(200, 0, 200).marginOfError(), EPS);
    }

    @Test
    void marginOfErrorNeverExceedsTheWorstCase() {
        for (int p = 0; p <= 20; p++) {
            for (int d = 0; p + d <= 20; d++) {
                int m = 20 - p - d;
                assertTrue(NpsStatistics.of(p, m, d).marginOfError() <= 196 / Math.sqrt(20) + EPS,
                        p + "/" + m + "/" + d);
            }
        }
    }

    @Test
    void adjustedWaldIntervalForFivePromotersThreePassivesTwoDetractors() {
        // n = 10, NPS = 100 (5 - 2) / 10 = 30
        // n' = 13, p' = 5.75 / 13, d' = 2.75 / 13
        // centre = 100 (p' - d') = 100 * 3 / 13 = 23.076923...
        // p' + d' - (p' - d')^2 = 8.5/13 - 9/169 = (110.5 - 9)/169 = 101.5/169
        // half-width = 196 sqrt(101.5 / 169 / 13) = 196 sqrt(101.5 / 2197) = 42.128313...
        // interval = [23.076923 - 42.128313, 23.076923 + 42.128313] = [-19.051389, 65.205236]
        NpsStatistics s = NpsStatistics.of(5, 3, 2);
        assertEquals(10, s.responses());
        assertEquals(30.0, s.nps(), EPS);
        double centre = 300.0 / 13;
        double half = 196 * Math.sqrt(101.5 / 2197);
        assertEquals(-19.051389494, s.ciLow(), 1e-6);
        assertEquals(65.205235648, s.ciHigh(), 1e-6);
        assertEquals(centre - half, s.ciLow(), EPS);
        assertEquals(centre + half, s.ciHigh(), EPS);
        // plain margin: p = .5, d = .2: .7 - .09 = .61; 196 sqrt(.061) = 48.40843
        assertEquals(48.408429018, s.marginOfError(), 1e-6);
    }

    @Test
    void adjustedIntervalIsPulledTowardZeroComparedWithTheRawScore() {
        NpsStatistics s = NpsStatistics.of(5, 3, 2);
        double centre = (s.ciLow() + s.ciHigh()) / 2;
        assertTrue(centre < s.nps(), "centre " + centre + " vs nps " + s.nps());
        assertTrue(s.ciLow() < s.nps() && s.nps() < s.ciHigh());
    }

    @Test
    void zeroResponsesGiveZeroScoreAndTheWidestInterval() {
        NpsStatistics s = NpsStatistics.of(0, 0, 0);
        assertEquals(0, s.responses());
        assertEquals(0.0, s.nps());
        assertEquals(-100.0, s.ciLow());
        assertEquals(100.0, s.ciHigh());
        assertEquals(100.0, s.marginOfError());
    }

    @Test
    void intervalHighIsClampedToOneHundred() {
        // P = 3: n' = 6, p' = .625, d' = .125, centre 50,
        // half-width = 196 sqrt((.75 - .25) / 6) = 56.5803 -> raw high 106.58, clamped
        NpsStatistics s = NpsStatistics.of(3, 0, 0);
        assertEquals(100.0, s.nps(), EPS);
        assertEquals(100.0, s.ciHigh());
        assertEquals(50 - 196 * Math.sqrt(0.5 / 6), s.ciLow(), EPS);
    }

    @Test
    void intervalLowIsClampedToMinusOneHundred() {
        NpsStatistics s = NpsStatistics.of(0, 0, 3);
        assertEquals(-100.0, s.nps(), EPS);
        assertEquals(-100.0, s.ciLow());
        assertEquals(-50 + 196 * Math.sqrt(0.5 / 6), s.ciHigh(), EPS);
    }

    @Test
    void intervalAlwaysStaysWithinMinusOneHundredAndOneHundred() {
        for (int p = 0; p <= 12; p++) {
            for (int m = 0; m <= 12; m++) {
                for (int d = 0; d <= 12; d++) {
                    NpsStatistics s = NpsStatistics.of(p, m, d);
                    assertTrue(s.ciLow() >= -100 && s.ciHigh() <= 100 && s.ciLow() <= s.ciHigh(),
                            p + "/" + m + "/" + d + " -> " + s);
                }
            }
        }
    }

    @Test
    void onlyPassivesGiveZero() {
        NpsStatistics s = NpsStatistics.of(0, 40, 0);
        assertEquals(0.0, s.nps(), EPS);
        assertEquals(0.0, s.marginOfError(), EPS);
        assertEquals(-s.ciHigh(), s.ciLow(), EPS);
    }

    @Test
    void largerSampleGivesNarrowerInterval() {
        NpsStatistics small = NpsStatistics.of(6, 2, 2);
        NpsStatistics large = NpsStatistics.of(600, 200, 200);
        assertEquals(small.nps(), large.nps(), EPS);
        assertTrue(large.ciHigh() - large.ciLow() < (small.ciHigh() - small.ciLow()) / 5);
        assertTrue(large.marginOfError() < small.marginOfError() / 5);
    }
}
