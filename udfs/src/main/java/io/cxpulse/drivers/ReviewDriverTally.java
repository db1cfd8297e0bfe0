package io.cxpulse.drivers;

import static io.cxpulse.drivers.DriverAspects.COUNT;
import static io.cxpulse.rollups.FixedPoint.addInto;

import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.rollups.FixedPoint;
import io.cxpulse.sentiment.AspectSentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * Running counts of one segment's reviews per aspect, one array slot per aspect: mentions,
 * negative mentions, and star sums to compare the reviews that criticise an aspect with the
 * rest. A public-field POJO so that it can serve directly as a window accumulator.
 */
public class ReviewDriverTally implements DriverTally {

    public long reviews;
    public long texts;
    public long ratingSum;
    public long[] mentions = new long[COUNT];
    public long[] negativeMentions = new long[COUNT];
    /** Stars of the reviews mentioning each aspect negatively. */
    public long[] negativeRatingSum = new long[COUNT];
    /** Aspect sentiment in {@link FixedPoint} millionths, so that merging is exact. */
    public long[] sentimentSum = new long[COUNT];

    /** Adds one review; aspects of a review without scored text are ignored. */
    public void add(int rating, boolean hasText, AspectSentiment[] aspects) {
        reviews++;
        ratingSum += rating;
        if (!hasText) {
            return;
        }
        texts++;
        int seen = 0;
        for (AspectSentiment a : aspects) {
            int id = DriverAspects.idOf(a.aspect());
            if (id < 0 || (seen & (1 << id)) != 0) {
                continue;
            }
            seen |= 1 << id;
            mentions[id]++;
            sentimentSum[id] = Math.addExact(sentimentSum[id], FixedPoint.of(a.score()));
            if (DriverAspects.isNegative(a.score())) {
                negativeMentions[id]++;
                negativeRatingSum[id] += rating;
            }
        }
    }

    public ReviewDriverTally merge(ReviewDriverTally other) {
        reviews += other.reviews;
        texts += other.texts;
        ratingSum += other.ratingSum;
        addInto(mentions, other.mentions);
        addInto(negativeMentions, other.negativeMentions);
        addInto(negativeRatingSum, other.negativeRatingSum);
        addInto(sentimentSum, other.sentimentSum);
        return this;
    }

    /** One row per aspect mentioned at least once, unranked, in aspect order. */
    public List<AspectDriver> aspects(long minNegative) {
        List<AspectDriver> rows = new ArrayList<>();
        for (int id = 0; id < COUNT; id++) {
            if (mentions[id] > 0) {
                rows.add(aspect(id, minNegative));
            }
        }
        return rows;
    }

    private AspectDriver aspect(int id, long minNegative) {
        long negative = negativeMentions[id];
        long others = reviews - negative;
        Double ratingNegative = negative == 0 ? null : (double) negativeRatingSum[id] / negative;
        Double ratingOthers = others == 0 ? null
                : (double) (ratingSum - negativeRatingSum[id]) / others;
        Double impact = ratingNegative == null || ratingOthers == null
                ? null : ratingOthers - ratingNegative;
        return new AspectDriver(DriverAspects.NAMES.get(id), 0, mentions[id], 0, 0, 0,
                FixedPoint.mean(sentimentSum[id], mentions[id]), null, negative, others, ratingNegative,
                ratingOthers, impact, negative < minNegative);
    }

    @Override
    public DriverRollup rollup(String dimension, String value, String window, long windowStart,
            long windowEnd, long minNegative, int revision) {
        return new DriverRollup(window, windowStart, windowEnd, DriverRollup.REVIEWS, dimension,
                value, reviews, texts, 0, null, reviews == 0 ? null : (double) ratingSum / reviews,
                DriverRanking.rank(aspects(minNegative).toArray(AspectDriver[]::new)), revision);
    }
}
