package io.cxpulse.alerts;

import io.cxpulse.nps.NpsStatistics;

/** Promoters, passives and detractors of a window or of pooled windows. */
record NpsCounts(long promoters, long passives, long detractors) {
    static final NpsCounts NONE = new NpsCounts(0, 0, 0);

    NpsCounts plus(long p, long pa, long d) {
        return new NpsCounts(promoters + p, passives + pa, detractors + d);
    }

    NpsCounts minus(NpsCounts o) {
        return new NpsCounts(promoters - o.promoters, passives - o.passives,
                detractors - o.detractors);
    }

    long responses() {
        return promoters + passives + detractors;
    }

    double nps() {
        long n = responses();
        return n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
    }

    /** Adjusted-Wald variance of the NPS, points squared. */
    double variance() {
        return NpsStatistics.adjustedVariance(promoters, passives, detractors);
    }
}
