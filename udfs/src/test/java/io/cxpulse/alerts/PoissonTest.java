package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PoissonTest {

    @Test
    void upperTailMatchesHandComputedValues() {
        // P(X >= 1 | 2) = 1 - e^-2
        assertEquals(1 - Math.exp(-2), Poisson.upperTail(1, 2), 1e-12);
        // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertEquals(1 - Math.exp(-1) * 2.5, Poisson.upperTail(3, 1), 1e-12);
        assertEquals(1.0, Poisson.upperTail(0, 5));
    }

    @Test
    void thresholdIsTheFirstCountBelowThePValue() {
        long k = Poisson.threshold(4.0, 0.001, 1);
        assertEquals(true, Poisson.upperTail(k, 4.0) < 0.001);
        assertEquals(true, Poisson.upperTail(k - 1, 4.0) >= 0.001);
        assertEquals(25, Poisson.threshold(0.1, 0.5, 25), "never below the minimum volume");
    }

    @Test
    void largeMeansDoNotUnderflow() {
        assertEquals(0.5, Poisson.upperTail(1000, 1000), 0.02);
    }
}
