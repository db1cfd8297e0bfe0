package io.cxpulse.alerts;

import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded history of daily NPS windows, for judging the NPS-drop rule on data nobody tuned it
 * to. 14-28 days; 3-8 channels, one small (about 15 answers a day), one large (1,000-2,000 a
 * day), the others 10-2,000 a day (log-uniform), each day's volume Poisson; each channel a
 * steady mix of NPS -20..+70 (passives 10-35%) that drifts mildly (an AR(1) of the NPS, 2 points
 * standard deviation, 0.8 from day to day); 2-5 products crossing the channels, each shifting
 * its answers' NPS by -10..+10 points. Each answer is drawn from its mix.
 *
 * <p>Planted, on two different random days with a full baseline before them: the small channel falls
 * to a much worse mix (NPS -100..-60, at least 60 points below its usual), the large channel
 * falls by 15-30 points. The quiet history is the same draws without them.
 */
final class NpsScenario {
    static final long DAY = 86_400_000L;
    static final double DRIFT_SD = 2;
    static final double DRIFT_KEEP = 0.8;

    final long seed;
    final int days;
    final int channels;
    final int small;
    final int large;
    final double[] volume;
    final double[] nps;
    final double[] passives;
    final double[] productShare;
    final double[] productShift;
    final int smallDay;
    final int largeDay;
    final double smallTarget;
    final double largeDrop;

    NpsScenario(long seed) {
        this.seed = seed;
        Random rnd = new Random(seed);
        days = 14 + rnd.nextInt(15);
        channels = 3 + rnd.nextInt(6);
        volume = new double[channels];
        nps = new double[channels];
        passives = new double[channels];
        small = 0;
        large = 1;
        for (int c = 0; c < channels; c++) {
            volume[c] = c == small ? 15 : c == large ? 1000 + 1000 * rnd.nextDouble()
                    : Math.exp(Math.log(10) + rnd.nextDouble() * Math.log(200));
            nps[c] = -20 + 90 * rnd.nextDouble();
            passives[c] = 0.10 + (Math.min(0.35, 1 - Math.abs(nps[c]) / 100) - 0.10) * rnd.nextDouble();
        }
        int products = 2 + rnd.nextInt(4);
        productShare = new double[products];
        productShift = new double[products];
        double sum = 0;
        for (int p = 0; p < products; p++) {
            productShare[p] = 0.2 + rnd.nextDouble();
            productShift[p] = -10 + 20 * rnd.nextDouble();
            sum += productShare[p];
        }
        double cumulative = 0;
        for (int p = 0; p < products; p++) {
            cumulative += productShare[p] / sum;
            productShare[p] = cumulative;
        }
        smallDay = 7 + rnd.nextInt(days - 7);
        int other = 7 + rnd.nextInt(days - 8);
        largeDay = other < smallDay ? other : other + 1;
        smallTarget = -100 + (Math.min(-60, nps[small] - 60) + 100) * rnd.nextDouble();
        largeDrop = 15 + 15 * rnd.nextDouble();
    }

    /** The drop planted in the small channel, in points of its usual NPS. */
    double smallDrop() {
        return nps[small] - smallTarget;
    }

    static String channel(int c) {
        return "c" + c;
    }

    /**
     * Every day's rollups: {@code overall=all} first, then each channel and product with
     * answers. The same draws with or without the planted drops.
     */
    List<List<NpsRollup>> history(boolean planted) {
        Random rnd = new Random(seed * 31 + 7);
        double[] drift = new double[channels];
        double innovation = DRIFT_SD * Math.sqrt(1 - DRIFT_KEEP * DRIFT_KEEP);
        List<List<NpsRollup>> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            long[][] byChannel = new long[channels][3];
            long[][] byProduct = new long[productShare.length][3];
            long[] all = new long[3];
            for (int c = 0; c < channels; c++) {
                drift[c] = DRIFT_KEEP * drift[c] + innovation * rnd.nextGaussian();
                double today = nps[c] + drift[c];
                if (planted && c == small && d == smallDay) {
                    today = smallTarget;
                } else if (planted && c == large && d == largeDay) {
                    today -= largeDrop;
                }
                boolean fixed = planted && c == small && d == smallDay;
                long n = poisson(rnd, volume[c]);
                for (long i = 0; i < n; i++) {
                    double u = rnd.nextDouble();
                    int p = 0;
                    while (p < productShare.length - 1 && u > productShare[p]) {
                        p++;
                    }
                    int kind = draw(rnd.nextDouble(), fixed ? today : today + productShift[p],
                            passives[c]);
                    byChannel[c][kind]++;
                    byProduct[p][kind]++;
                    all[kind]++;
                }
            }
            List<NpsRollup> rollups = new ArrayList<>();
            rollups.add(rollup("overall", "all", d, all));
            for (int c = 0; c < channels; c++) {
                rollups.add(rollup("channel", channel(c), d, byChannel[c]));
            }
            for (int p = 0; p < productShare.length; p++) {
                rollups.add(rollup("product", "p" + p, d, byProduct[p]));
            }
            rollups.removeIf(r -> r.responses() == 0);
            out.add(rollups);
        }
        return out;
    }

    /** 0 promoter, 1 passive, 2 detractor, from a mix of this NPS and (at most) passive share. */
    static int draw(double u, double nps, double passives) {
        double x = Math.max(-100, Math.min(100, nps)) / 100;
        double pa = Math.min(passives, 1 - Math.abs(x));
        double promoters = (1 - pa + x) / 2;
        return u < promoters ? 0 : u < promoters + pa ? 1 : 2;
    }

    static long poisson(Random rnd, double mean) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * rnd.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rnd.nextDouble();
        long n = 0;
        while (product > limit) {
            product *= rnd.nextDouble();
            n++;
        }
        return n;
    }

    static NpsRollup rollup(String dimension, String value, int d, long[] k) {
        NpsStatistics s = NpsStatistics.of(k[0], k[1], k[2]);
        return new NpsRollup("1d", d * DAY, (d + 1) * DAY, dimension, value, k[0] + k[1] + k[2],
                k[0], k[1], k[2], s.nps(), s.ciLow(), s.ciHigh(), s.marginOfError(), false, 0, null,
                1);
    }
}
