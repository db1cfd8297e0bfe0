package io.cxpulse.retention;

/**
 * The silence a customer's own gaps make unlikely: a gamma distribution fitted to its recent gaps
 * between activities, and the gap its predictive distribution exceeds with a given probability.
 *
 * <p>Gamma gaps are the model of inter-purchase times in the customer-base literature: a shape
 * of 1 is the Poisson customer of Pareto/NBD and BG/NBD (Schmittlein, Morrison and Colombo
 * 1987; Fader, Hardie and Lee 2005), a larger shape a regular one, a smaller shape a bursty one
 * (Pareto/GGG: Platzer and Reutterer 2016). The shape comes from Minka's closed-form
 * approximation of its maximum-likelihood estimate, shrunk toward 1, the Poisson customer, by
 * {@link #PRIOR_GAPS} gaps' worth while the history is short (the usual small-sample bias
 * correction of the shape, tried on the scenarios of {@code AtRiskScenarioTest}, delayed the
 * detection of regular customers with short histories more than it cut false alarms). The rate is not taken as known: with a flat prior on it, the next gap X
 * after gaps summing to b has {@code X/(X+b) ~ Beta(k, n·k)}, so a short history widens the
 * deadline by itself (3 exponential gaps: about 30 mean gaps at p = 0.0014; 16 gaps: about 8;
 * the true quantile is 6.6).
 *
 * <p>Pure arithmetic: the log-gamma function (Lanczos) and the regularized incomplete beta
 * function (continued fraction, modified Lentz), as in Numerical Recipes, 3rd ed., 6.1 and 6.4.
 */
public final class GammaGaps {

    /** Gaps shorter than this count as this long: events of one visit are not a rhythm. */
    public static final long MIN_GAP_MILLIS = 3_600_000L;
    /** Weight, in gaps, of the prior shape 1 (exponential gaps, the Poisson customer). */
    static final double PRIOR_GAPS = 2;
    /** ln(mean) - mean(ln) of exponential gaps: Euler's constant. */
    private static final double PRIOR_S = 0.5772156649015329;

    private GammaGaps() {}

    /**
     * The gap, in the unit of {@code gaps}, that the next gap exceeds with probability {@code p}
     * given the gaps seen (at least two).
     */
    public static double quantile(double[] gaps, double p) {
        int n = gaps.length;
        double sum = 0;
        double sumLog = 0;
        for (double g : gaps) {
            sum += g;
            sumLog += Math.log(g);
        }
        double mean = sum / n;
        double s = Math.max(0, Math.log(mean) - sumLog / n);
        s = (n * s + PRIOR_GAPS * PRIOR_S) / (n + PRIOR_GAPS);
        double k = shape(s);
        k = Math.max(0.2, Math.min(k, 200));
        double a = n * k;
        double lnBeta = lnBeta(a, k);
        // P(X > x) = I_{b/(x+b)}(a, k): decreasing in x; bisect on ln x
        double lo = Math.log(mean * 1e-4);
        double hi = Math.log(mean * 1e4);
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double x = Math.exp(mid);
            if (incompleteBeta(a, k, lnBeta, sum / (x + sum)) > p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Minka's approximation of the gamma shape from s = ln(mean) - mean(ln x). */
    static double shape(double s) {
        if (s <= 1e-9) {
            return 200;
        }
        return (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double incompleteBeta(double a, double b, double x) {
        return incompleteBeta(a, b, lnBeta(a, b), x);
    }

    /** ln Γ(a + b) - ln Γ(a) - ln Γ(b), the same for every x. */
    private static double lnBeta(double a, double b) {
        return logGamma(a + b) - logGamma(a) - logGamma(b);
    }

    private static double incompleteBeta(double a, double b, double lnBeta, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(lnBeta + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(a, b, x) / a;
        }
        return 1 - front * continuedFraction(b, a, 1 - x) / b;
    }

    private static double continuedFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-12) {
                break;
            }
        }
        return h;
    }

    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912,
        14.1360979747417471, -0.491913816097620199, .339946499848118887e-4,
        .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
        .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};

    /** ln Γ(x) for x > 0 (Numerical Recipes 3rd ed. 6.1, about 1e-15 relative). */
    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double c : LANCZOS) {
            ser += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
