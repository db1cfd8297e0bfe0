package io.cxpulse.jobs.sample;

import java.util.Random;

/** The sentiment a piece of sample text is written in. */
enum Tone {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /**
     * The tone of a survey comment for an NPS score: promoters write positively, detractors
     * negatively, passives mixed or neutral, with a little noise as real customers do.
     */
    static Tone forNps(int nps, Random rng) {
        double r = rng.nextDouble();
        if (nps >= 9) {
            return r < 0.90 ? POSITIVE : r < 0.98 ? NEUTRAL : NEGATIVE;
        }
        if (nps >= 7) {
            return r < 0.20 ? POSITIVE : r < 0.92 ? NEUTRAL : NEGATIVE;
        }
        double negative = nps >= 5 ? 0.75 : 0.92;
        return r < negative ? NEGATIVE : r < 0.97 ? NEUTRAL : POSITIVE;
    }

    /** The tone of a review text for a 1-5 star rating. */
    static Tone forRating(int rating, Random rng) {
        double r = rng.nextDouble();
        if (rating >= 4) {
            return r < (rating == 5 ? 0.93 : 0.75) ? POSITIVE : r < 0.98 ? NEUTRAL : NEGATIVE;
        }
        if (rating == 3) {
            return r < 0.15 ? POSITIVE : r < 0.80 ? NEUTRAL : NEGATIVE;
        }
        return r < 0.92 ? NEGATIVE : r < 0.98 ? NEUTRAL : POSITIVE;
    }
}
