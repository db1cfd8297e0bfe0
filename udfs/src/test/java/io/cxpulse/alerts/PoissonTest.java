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
    void thresholdAgreesWithTheTailItIsDefinedBy() {
        for (double mean : new double[] {0.01, 0.3, 1, 2.5, 7, 19.5, 60, 240, 1500}) {
            for (double p : new double[] {0.05, 0.001, 1e-6}) {
                for (long min : new long[] {1, 3, 50}) {
                    long k = Math.max(1, min);
                    while (Poisson.upperTail(k, mean) >= p) {
                        k++;
                    }
                    assertEquals(k, Poisson.threshold(mean, p, min), mean + " " + p + " " + min);
                }
            }
        }
    }

    @Test
    void largeMeansDoNotUnderflow() {
        assertEquals(0.5, Poisson.upperTail(1000, 1000), 0.02);
    }
}
