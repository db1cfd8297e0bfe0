package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.DAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * At risk by silence over many simulated customers, with the default settings. Each customer
 * has gamma gaps between activities (the model of inter-purchase times; see {@link GammaGaps}):
 * a mean gap from a day to a month and a shape from 0.5 (bursty) to 20 (regular), both
 * log-uniform, a tier, and a history of 8 to 26 weeks starting within its first two weeks. A
 * steady customer keeps its rhythm to the end; a customer going silent stops at a random time
 * after four weeks. Inputs and deadlines are applied in event-time order, as the Flink adapter
 * does. Expected outcomes come from what was planted.
 */
class AtRiskScenarioTest {
    static final int SEEDS = 50;
    static final int CUSTOMERS = 100;
    static final long WEEK = 7 * DAY;

    private final RetentionSettings settings = Inputs.settings();
    private final CustomerLifecycle lifecycle = new CustomerLifecycle(settings);

    /** One customer's planted rhythm. */
    record Cadence(double meanDays, double shape, String tier) {}

    @Test
    void steadyCustomersRarelyGoAtRiskAndSilentOnesAreFlagged() {
        double steadyWeeks = 0;
        double keyWeeks = 0;
        int falseAtRisk = 0;
        int atCeiling = 0;
        int keyFalseAtRisk = 0;
        int silent = 0;
        int detected = 0;
        int detectedIn3 = 0;
        int regularSilent = 0;
        int regularDetected = 0;
        List<Double> delays = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            Random r = new Random(seed);
            for (int c = 0; c < CUSTOMERS; c++) {
                Cadence cadence = new Cadence(Math.exp(r.nextDouble() * Math.log(30)),
                        Math.exp(Math.log(0.5) + r.nextDouble() * Math.log(40)),
                        new String[] {"basic", "plus", "key"}[r.nextInt(3)]);
                long start = Inputs.T0 + (long) (r.nextDouble() * 14 * DAY);
                long end = Inputs.T0 + (8 + r.nextInt(19)) * WEEK;
                boolean goesSilent = c % 4 == 0;
                long stop = goesSilent
                        ? start + 4 * WEEK + (long) (r.nextDouble() * (end - start - 4 * WEEK))
                        : end;
                List<Long> times = activity(r, cadence, start, stop);
                long last = times.get(times.size() - 1);
                long judgeUntil = goesSilent ? last + window(cadence) + DAY : end;
                List<CustomerSignal> signals = run("C" + c, cadence, times, judgeUntil);
                List<CustomerSignal> bySilence = signals.stream()
                        .filter(x -> x.signal().equals(CustomerSignal.AT_RISK)
                                && "inactivity".equals(x.cause()))
                        .toList();
                List<Long> atRisk = bySilence.stream().map(CustomerSignal::timestamp).toList();
                if (!goesSilent) {
                    double weeks = (end - start) / (double) WEEK;
                    steadyWeeks += weeks;
                    falseAtRisk += atRisk.size();
                    atCeiling += (int) bySilence.stream().filter(x -> x.atRiskAfterDays()
                            * DAY >= settings.atRiskCeiling().toMillis()).count();
                    if (cadence.tier().equals("key")) {
                        keyWeeks += weeks;
                        keyFalseAtRisk += atRisk.size();
                    }
                    continue;
                }
                silent++;
                boolean regular = cadence.shape() >= 2;
                regularSilent += regular ? 1 : 0;
                var flagged = atRisk.stream().filter(t -> t > last).findFirst();
                if (flagged.isPresent() && flagged.get() - last <= window(cadence)) {
                    detected++;
                    regularDetected += regular ? 1 : 0;
                    delays.add((flagged.get() - last) / (cadence.meanDays() * DAY));
                    if (flagged.get() - last
                            <= Math.max(settings.atRiskFloor().toMillis(), 3 * cadence.meanDays() * DAY)) {
                        detectedIn3++;
                    }
                }
            }
        }
        double falseRate = falseAtRisk / steadyWeeks;
        double keyRate = keyFalseAtRisk / keyWeeks;
        double detection = detected / (double) silent;
        delays.sort(Double::compare);
        System.out.printf(Locale.ROOT, "at risk by silence over %d seeds x %d customers:%n"
                + "  steady customers: %d false at-risk in %.0f customer-weeks = %.4f per"
                + " customer-week (key accounts: %d in %.0f = %.4f); %d of them at the ceiling%n"
                + "  silent customers: %d of %d flagged within max(floor, 2 x the planted gap"
                + " quantile, 3 mean gaps) = %.3f; regular ones (shape >= 2): %d of %d = %.3f;"
                + " within max(floor, 3 mean gaps): %.3f%n"
                + "  delay in mean gaps: median %.1f, 90th percentile %.1f%n",
                SEEDS, CUSTOMERS, falseAtRisk, steadyWeeks, falseRate, keyFalseAtRisk, keyWeeks,
                keyRate, atCeiling, detected, silent, detection, regularDetected, regularSilent,
                regularDetected / (double) regularSilent, detectedIn3 / (double) silent,
                delays.get(delays.size() / 2), delays.get(delays.size() * 9 / 10));
        assertTrue(falseRate < 0.01, "steady customers at risk per customer-week: " + falseRate);
        assertTrue(detection >= 0.95, "silent customers flagged in time: " + detection);
    }

    /**
     * How soon a silent customer must be flagged: twice the gap its planted rhythm exceeds with
     * the chance the rule accepts, at least three mean gaps and the floor.
     */
    private long window(Cadence c) {
        double p = TypicalGap.exceedance(c.meanDays() * DAY, settings.falseAlarmRate());
        double q = plantedQuantile(c, p);
        return (long) Math.max(settings.atRiskFloor().toMillis(),
                Math.max(3 * c.meanDays(), 2 * q) * DAY);
    }

    /** The gap, in days, a gamma rhythm exceeds with chance p, by sampling. */
    private static double plantedQuantile(Cadence c, double p) {
        Random r = new Random(Double.doubleToLongBits(c.meanDays() + c.shape()));
        int n = 20_000;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = gamma(r, c.shape()) * c.meanDays() / c.shape();
        }
        java.util.Arrays.sort(g);
        return g[Math.min(n - 1, (int) Math.ceil((1 - p) * n))];
    }

    private static List<Long> activity(Random r, Cadence c, long start, long stop) {
        List<Long> times = new ArrayList<>();
        long t = start;
        while (t <= stop) {
            times.add(t);
            t += (long) (gamma(r, c.shape()) * c.meanDays() / c.shape() * DAY);
        }
        return times;
    }

    private List<CustomerSignal> run(String id, Cadence c, List<Long> times, long until) {
        List<CustomerInput> inputs = new ArrayList<>();
        inputs.add(Inputs.account(id, times.get(0) - 1, c.tier(), 1000));
        for (int i = 0; i < times.size(); i++) {
            inputs.add(Inputs.ix(id, times.get(i), i == 0 ? "signup" : "usage"));
        }
        return LifecycleRun.signals(lifecycle, inputs, until);
    }

    /** A Gamma(shape, 1) draw (Marsaglia and Tsang 2000; boosted below shape 1). */
    static double gamma(Random r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
