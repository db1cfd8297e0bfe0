package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GammaPoissonTest {

    @Test
    void aLongHistoryGivesNearlyThePoissonThreshold() {
        // 10 a day over 1,000 days: the rate is known, the window's count is Poisson(10)
        long gamma = GammaPoisson.threshold(10_000, 24_000, 24, 1e-4, 1);
        long poisson = Poisson.threshold(10, 1e-4, 1);
        assertTrue(Math.abs(gamma - poisson) <= 1, gamma + " vs " + poisson);
    }

    @Test
    void aShortHistoryAsksForMore() {
        // 10 a day, seen for one day or for a week
        long oneDay = GammaPoisson.threshold(10, 24, 24, 1e-4, 1);
        long week = GammaPoisson.threshold(70, 168, 24, 1e-4, 1);
        assertTrue(oneDay > week, oneDay + " vs " + week);
    }

    @Test
    void theThresholdIsTheFirstCountBelowThePValue() {
        long k = GammaPoisson.threshold(20, 48, 24, 1e-3, 1);
        assertTrue(GammaPoisson.upperTail(k, 20, 48, 24) < 1e-3);
        assertTrue(GammaPoisson.upperTail(k - 1, 20, 48, 24) >= 1e-3);
        assertEquals(12, GammaPoisson.threshold(0, 24, 24, 1e-3, 12), "never below the minimum");
    }

    @Test
    void rejectsWhatIsNoDistribution() {
        assertThrows(IllegalArgumentException.class, () -> GammaPoisson.threshold(1, 0, 24, 1e-4, 1));
        assertThrows(IllegalArgumentException.class, () -> GammaPoisson.threshold(1, 24, 1e300 * 1e10, 1e-4, 1));
        assertThrows(IllegalArgumentException.class, () -> GammaPoisson.threshold(Double.NaN, 24, 24, 1e-4, 1));
    }
}
