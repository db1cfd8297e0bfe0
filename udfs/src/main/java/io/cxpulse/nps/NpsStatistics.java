package io.cxpulse.nps;

/**
 * NPS with its uncertainty, from counts of promoters, passives and detractors.
 *
 * <p>NPS = 100 (P - D) / n. The 95% interval is the adjusted Wald interval, which behaves well
 * on small samples (Rocks 2016; MeasuringU, "NPS: three confidence intervals"): n' = n + 3,
 * p' = (P + 3/4) / n', d' = (D + 3/4) / n', centre 100 (p' - d'), variance
 * [p' + d' - (p' - d')^2] / n'. The margin of error is the plain normal approximation,
 * 1.96 * 100 * sqrt([p + d - (p - d)^2] / n), at most 196 / sqrt(n).
 *
 * @param nps -100..100, or 0 for no responses
 * @param ciLow interval low, clamped to -100
 * @param ciHigh interval high, clamped to 100
 */
public record NpsStatistics(
        long responses, double nps, double ciLow, double ciHigh, double marginOfError) {

    public static final double Z95 = 1.96;

    public static NpsStatistics of(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        if (n == 0) {
            return new NpsStatistics(0, 0, -100, 100, 100);
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double margin = Z95 * 100 * Math.sqrt(variance(p, d) / n);

        double adjustedN = n + 3;
        double pa = (promoters + 0.75) / adjustedN;
        double da = (detractors + 0.75) / adjustedN;
        double centre = 100 * (pa - da);
        double halfWidth = Z95 * 100 * Math.sqrt(variance(pa, da) / adjustedN);
        return new NpsStatistics(
                n,
                100 * (p - d),
                Math.max(-100, centre - halfWidth),
                Math.min(100, centre + halfWidth),
                margin);
    }

    /**
     * The variance of the NPS estimate, in points squared, from the adjusted-Wald shares:
     * 100² [p' + d' - (p' - d')²] / n'. Unlike the interval it is never clamped, so two windows
     * compare by the sum of their variances (the difference of independent estimates), and a
     * window of all detractors keeps a variance above zero.
     */
    public static double adjustedVariance(long promoters, long passives, long detractors) {
        double adjustedN = promoters + passives + detractors + 3;
        double pa = (promoters + 0.75) / adjustedN;
        double da = (detractors + 0.75) / adjustedN;
        return 100 * 100 * variance(pa, da) / adjustedN;
    }

    private static double variance(double p, double d) {
        return Math.max(0, p + d - (p - d) * (p - d));
    }
}
