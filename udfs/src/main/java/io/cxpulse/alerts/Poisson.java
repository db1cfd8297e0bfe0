package io.cxpulse.alerts;

/** Poisson tail probabilities for judging counts against an expected rate. */
public final class Poisson {
    private Poisson() {}

    /** P(X >= k) for X ~ Poisson(mean). */
    public static double upperTail(long k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        // sum of the pmf below k, in log space so large means do not underflow
        double logPmf = -mean;
        double cdf = 0;
        for (long i = 0; i < k; i++) {
            if (i > 0) {
                logPmf += Math.log(mean) - Math.log(i);
            }
            cdf += Math.exp(logPmf);
        }
        return Math.max(0.0, 1.0 - cdf);
    }

    /** The smallest count k at least {@code min} with P(X >= k) below {@code pValue}. */
    public static long threshold(double mean, double pValue, long min) {
        long k = Math.max(1, min);
        while (upperTail(k, mean) >= pValue) {
            k++;
        }
        return k;
    }
}
