package io.cxpulse.jobs.scenarios;

import java.util.Random;

/** Random draws the generator needs beyond {@link Random}'s own. */
final class Draws {
    private Draws() {}

    /** Poisson by Knuth's product of uniforms; fine for the means used here (below 700). */
    static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    /** Gamma with the given shape and mean (Marsaglia and Tsang; boosted below shape 1). */
    static double gamma(Random r, double shape, double mean) {
        if (shape < 1) {
            return gamma(r, shape + 1, mean * (shape + 1) / shape)
                    * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v <= 0) {
                continue;
            }
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * mean / shape;
            }
        }
    }

    static double uniform(Random r, double from, double to) {
        return from + r.nextDouble() * (to - from);
    }

    static double logUniform(Random r, double from, double to) {
        return Math.exp(uniform(r, Math.log(from), Math.log(to)));
    }

    static int between(Random r, int from, int to) {
        return from + r.nextInt(to - from + 1);
    }
}
