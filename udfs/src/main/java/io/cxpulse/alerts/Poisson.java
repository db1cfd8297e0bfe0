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

    /**
     * The smallest count k at least {@code min} with P(X >= k) below {@code pValue}, in one pass
     * over the pmf.
     */
    public static long threshold(double mean, double pValue, long min) {
        long k = Math.max(1, min);
        if (mean <= 0) {
            return k;
        }
        double logMean = Math.log(mean);
        double logPmf = -mean;            // log P(X = i), from i = 0
        double cdf = Math.exp(logPmf);    // P(X <= i)
        long i = 0;
        while (i < k - 1) {
            i++;
            logPmf += logMean - Math.log(i);
            cdf += Math.exp(logPmf);
        }
        // now cdf = P(X <= k - 1), so P(X >= k) = 1 - cdf
        while (1.0 - cdf >= pValue) {
            i++;
            logPmf += logMean - Math.log(i);
            cdf += Math.exp(logPmf);
            k++;
        }
        return k;
    }
}
