package io.cxpulse.alerts;

import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded two-week history of reviews and survey comments for the counting rules, quiet or with
 * one planted review surge and one planted complaint cluster. Everything is drawn from the seed:
 * review and comment volumes (10 to 2,000 a day, log-uniform), numbers of sources and products,
 * each subject's share of the volume and of negatives (a third of the source-product pairs have
 * only 3-5 star reviews), a day-to-day variation of volume (log-normal, sigma 0.2), a daily cycle,
 * and the place, time and size of each incident. A surge is 15 to 40 one- and two-star reviews
 * of one source and product within one morning, at least three times the pair's usual
 * negatives of a day; a cluster is 10 to 30 texts about one aspect of one product, at least
 * three times its usual count.
 */
final class CountScenario {
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    static final int DAYS = 14;
    static final String[] SOURCES = {"google", "trustpilot", "appstore", "facebook"};

    final long seed;
    final int sources;
    final int products;
    final double reviewsPerDay;
    final double commentsPerDay;
    final double[] sourceWeight;
    final double[] productWeight;
    final double[][] negativeShare;        // [source][product]
    final double[][] complaintShare;       // [aspect][product]
    final double[] dayFactor = new double[DAYS];
    // the planted incidents
    final int surgeSource;
    final int surgeProduct;
    final long surgeStart;
    final int surgeSize;
    final int clusterAspect;
    final int clusterProduct;
    final long clusterStart;
    final int clusterSize;

    CountScenario(long seed) {
        this.seed = seed;
        Random r = new Random(seed);
        sources = 1 + r.nextInt(SOURCES.length);
        products = 1 + r.nextInt(8);
        reviewsPerDay = logUniform(r, 10, 2000);
        commentsPerDay = logUniform(r, 10, 2000);
        sourceWeight = weights(r, sources);
        productWeight = weights(r, products);
        negativeShare = new double[sources][products];
        for (double[] row : negativeShare) {
            for (int p = 0; p < products; p++) {
                row[p] = r.nextInt(3) == 0 ? 0 : 0.03 + 0.3 * r.nextDouble();
            }
        }
        complaintShare = new double[Aspects.COUNT][products];
        for (double[] row : complaintShare) {
            for (int p = 0; p < products; p++) {
                row[p] = r.nextInt(4) == 0 ? 0 : 0.002 + 0.05 * r.nextDouble();
            }
        }
        for (int d = 0; d < DAYS; d++) {
            dayFactor[d] = Math.exp(0.2 * r.nextGaussian());
        }
        surgeSource = r.nextInt(sources);
        surgeProduct = r.nextInt(products);
        surgeStart = (7 + r.nextInt(DAYS - 7)) * DAY + (6 + r.nextInt(5)) * HOUR;
        double usualNegatives = reviewsPerDay * sourceWeight[surgeSource]
                * productWeight[surgeProduct] * negativeShare[surgeSource][surgeProduct];
        surgeSize = (int) Math.max(15 + r.nextInt(26), Math.ceil(3 * usualNegatives));
        clusterAspect = r.nextInt(Aspects.COUNT);
        clusterProduct = r.nextInt(products);
        clusterStart = (7 + r.nextInt(DAYS - 7)) * DAY + (6 + r.nextInt(10)) * HOUR;
        double usualComplaints = (reviewsPerDay + commentsPerDay) * productWeight[clusterProduct]
                * complaintShare[clusterAspect][clusterProduct];
        clusterSize = (int) Math.max(10 + r.nextInt(21), Math.ceil(3 * usualComplaints));
    }

    static String product(int p) {
        return "p" + p;
    }

    String surgeKey() {
        return SOURCES[surgeSource] + '|' + product(surgeProduct);
    }

    String clusterKey() {
        return Aspects.NAMES.get(clusterAspect) + '|' + product(clusterProduct);
    }

    /** Reviews in event-time order; with the incidents when {@code planted}. */
    List<ScoredReview> reviews(boolean planted) {
        Random r = new Random(seed * 31 + 1);
        List<ScoredReview> out = new ArrayList<>();
        int id = 0;
        for (int d = 0; d < DAYS; d++) {
            for (int h = 0; h < 24; h++) {
                long hourStart = d * DAY + h * HOUR;
                long n = poisson(r, reviewsPerDay * dayFactor[d] * cycle(h) / 24);
                for (long i = 0; i < n; i++) {
                    int s = pick(r, sourceWeight);
                    int p = pick(r, productWeight);
                    boolean negative = r.nextDouble() < negativeShare[s][p];
                    out.add(review(r, "r" + id++, hourStart + r.nextInt((int) HOUR), s, p, negative,
                            complaints(r, p, negative)));
                }
                if (planted && hourStart <= surgeStart && surgeStart < hourStart + HOUR) {
                    for (int i = 0; i < surgeSize; i++) {
                        out.add(review(r, "s" + i, surgeStart + r.nextInt((int) (4 * HOUR)),
                                surgeSource, surgeProduct, true, new int[0]));
                    }
                }
            }
        }
        if (planted) {
            // half of the cluster's texts come as reviews of any source
            for (int i = 0; i < clusterSize / 2; i++) {
                out.add(review(r, "c" + i, clusterStart + r.nextInt((int) (6 * HOUR)),
                        pick(r, sourceWeight), clusterProduct, true, new int[] {clusterAspect}));
            }
        }
        out.sort(java.util.Comparator.comparingLong(x -> x.event().timestamp()));
        return out;
    }

    /** Survey comments in event-time order; with the rest of the cluster when {@code planted}. */
    List<ScoredFeedback> comments(boolean planted) {
        Random r = new Random(seed * 31 + 2);
        List<ScoredFeedback> out = new ArrayList<>();
        int id = 0;
        for (int d = 0; d < DAYS; d++) {
            for (int h = 0; h < 24; h++) {
                long n = poisson(r, commentsPerDay * dayFactor[d] * cycle(h) / 24);
                for (long i = 0; i < n; i++) {
                    int p = pick(r, productWeight);
                    out.add(comment(r, "f" + id++, d * DAY + h * HOUR + r.nextInt((int) HOUR), p,
                            complaints(r, p, false)));
                }
            }
        }
        if (planted) {
            for (int i = clusterSize / 2; i < clusterSize; i++) {
                out.add(comment(r, "k" + i, clusterStart + r.nextInt((int) (6 * HOUR)),
                        clusterProduct, new int[] {clusterAspect}));
            }
        }
        out.sort(java.util.Comparator.comparingLong(x -> x.event().timestamp()));
        return out;
    }

    private int[] complaints(Random r, int product, boolean negative) {
        List<Integer> out = new ArrayList<>(1);
        for (int a = 0; a < Aspects.COUNT; a++) {
            if (r.nextDouble() < complaintShare[a][product]) {
                out.add(a);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private ScoredReview review(Random r, String id, long time, int source, int product,
            boolean negative, int[] aspects) {
        int rating = negative ? 1 + r.nextInt(2) : 3 + r.nextInt(3);
        ReviewEvent e = new ReviewEvent(id, time, rating, "text " + id, SOURCES[source], null,
                product(product), null, null, null, "en", null);
        return new ScoredReview(e, sentiment(negative, aspects));
    }

    private ScoredFeedback comment(Random r, String id, long time, int product, int[] aspects) {
        int nps = aspects.length > 0 ? r.nextInt(7) : 7 + r.nextInt(4);
        FeedbackEvent e = new FeedbackEvent(id, time, "C" + r.nextInt(1000), nps, "comment " + id,
                "web", product(product), null, null, null, "en", null);
        return new ScoredFeedback(e, nps <= 6 ? "detractor" : nps <= 8 ? "passive" : "promoter",
                sentiment(aspects.length > 0, aspects));
    }

    private static Sentiment sentiment(boolean negative, int[] aspects) {
        AspectSentiment[] a = new AspectSentiment[aspects.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = new AspectSentiment(Aspects.NAMES.get(aspects[i]), -0.5, 1);
        }
        return new Sentiment(negative ? -0.5 : 0.5, negative ? Sentiment.NEGATIVE : Sentiment.POSITIVE,
                "en", new SentimentTerm[0], a, new String[0], false);
    }

    /** More in the day than at night, averaging 1 over 24 hours. */
    private static double cycle(int hour) {
        return 1 + 0.6 * Math.sin((hour - 9) * Math.PI / 12);
    }

    private static double logUniform(Random r, double low, double high) {
        return Math.exp(Math.log(low) + r.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static double[] weights(Random r, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.2 + r.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static int pick(Random r, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long poisson(Random r, double mean) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double l = Math.exp(-mean);
        long k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }
}
