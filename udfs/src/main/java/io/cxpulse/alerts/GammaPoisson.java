package io.cxpulse.alerts;

/**
 * The count to expect in a window from a rate learned on a limited history: Poisson counts whose
 * rate is itself uncertain (a gamma posterior), which makes the window's count negative binomial.
 * A subject with a short history gets a higher threshold than a Poisson test at its mean would
 * give, one with a long history nearly the same.
 */
public final class GammaPoisson {
    private GammaPoisson() {}

    /**
     * The smallest count k at least {@code min} with P(X >= k) below {@code pValue}, where X is
     * the count in a window of {@code windowSteps} given {@code historyCount} matches seen in
     * {@code historySteps}, with a Jeffreys prior (half a match).
     */
    public static long threshold(double historyCount, double historySteps, double windowSteps,
            double pValue, long min) {
        if (!(historyCount >= 0 && historySteps > 0 && windowSteps > 0)
                || Double.isInfinite(historyCount + historySteps + windowSteps)) {
            throw new IllegalArgumentException("no count distribution for " + historyCount
                    + " matches in " + historySteps + " steps and a window of " + windowSteps);
        }
        double shape = historyCount + 0.5;
        double q = windowSteps / (historySteps + windowSteps);   // chance a count falls in the window
        double logQ = Math.log(q);
        double logPmf = shape * Math.log1p(-q);                  // log P(X = 0)
        double cdf = Math.exp(logPmf);
        long k = Math.max(1, min);
        long i = 0;
        while (i < k - 1) {
            logPmf += Math.log(shape + i) - Math.log(i + 1) + logQ;
            i++;
            cdf += Math.exp(logPmf);
        }
        // cdf = P(X <= k - 1)
        while (1.0 - cdf >= pValue) {
            logPmf += Math.log(shape + i) - Math.log(i + 1) + logQ;
            i++;
            cdf += Math.exp(logPmf);
            k++;
        }
        return k;
    }

    /** P(X >= k) for the same distribution, for tests. */
    public static double upperTail(long k, double historyCount, double historySteps,
            double windowSteps) {
        double shape = historyCount + 0.5;
        double q = windowSteps / (historySteps + windowSteps);
        double logPmf = shape * Math.log1p(-q);
        double cdf = 0;
        for (long i = 0; i < k; i++) {
            if (i > 0) {
                logPmf += Math.log(shape + i - 1) - Math.log(i) + Math.log(q);
            }
            cdf += Math.exp(logPmf);
        }
        return Math.max(0.0, 1.0 - cdf);
    }
}
