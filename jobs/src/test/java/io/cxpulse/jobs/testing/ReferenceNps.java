package io.cxpulse.jobs.testing;

/**
 * NPS and its adjusted-Wald interval written out again from the formulas in DOMAIN.md, so that
 * tests check the job against an independent computation.
 */
public record ReferenceNps(long n, long promoters, long passives, long detractors) {

    public static ReferenceNps of(Iterable<Integer> scores) {
        long p = 0, m = 0, d = 0;
        for (int s : scores) {
            if (s >= 9) {
                p++;
            } else if (s >= 7) {
                m++;
            } else {
                d++;
            }
        }
        return new ReferenceNps(p + m + d, p, m, d);
    }

    public double nps() {
        return 100.0 * (promoters - detractors) / n;
    }

    public double ciLow() {
        return Math.max(-100, centre() - halfWidth());
    }

    public double ciHigh() {
        return Math.min(100, centre() + halfWidth());
    }

    private double centre() {
        double n2 = n + 3;
        return 100 * ((promoters + 0.75) / n2 - (detractors + 0.75) / n2);
    }

    private double halfWidth() {
        double n2 = n + 3;
        double p = (promoters + 0.75) / n2;
        double d = (detractors + 0.75) / n2;
        return 1.96 * 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n2);
    }
}
