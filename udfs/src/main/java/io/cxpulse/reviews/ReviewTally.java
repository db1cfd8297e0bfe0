package io.cxpulse.reviews;

import io.cxpulse.rollups.FixedPoint;
import io.cxpulse.sentiment.Sentiment;

/**
 * Running counts of one segment's reviews: stars, and what the texts say. A public-field POJO so
 * that it can serve directly as a window accumulator. Reviews without a scored text count for
 * the star measures only.
 */
public class ReviewTally {

    /** Ratings at or below this are negative reviews. */
    public static final int NEGATIVE_RATING = 2;
    /** Ratings at or above this are positive reviews. */
    public static final int POSITIVE_RATING = 4;

    /** Reviews per star: index 0 holds 1-star reviews, index 4 holds 5-star reviews. */
    public long[] stars = new long[5];
    public long texts;
    /** Text sentiment in {@link FixedPoint} millionths, so that merging is exact. */
    public long sentimentSum;
    public long highRatingNegativeText;
    public long lowRatingPositiveText;
    public TopCounter negativeAspects = new TopCounter();
    public TopCounter negativeTerms = new TopCounter();

    /**
     * Counts one review.
     *
     * @param rating stars 1-5
     * @param sentiment the text's score, or null when the review has no text to score
     * @param label the text's label, or null with no text
     * @param aspects aspects the text scores negatively, each once
     * @param terms lower-cased terms that weigh negatively, each once
     */
    public void add(int rating, Double sentiment, String label, String[] aspects, String[] terms) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1-5, got " + rating);
        }
        stars[rating - 1]++;
        if (sentiment == null) {
            return;
        }
        long units = FixedPoint.of(sentiment);
        texts++;
        sentimentSum = Math.addExact(sentimentSum, units);
        if (rating >= POSITIVE_RATING && Sentiment.NEGATIVE.equals(label)) {
            highRatingNegativeText++;
        } else if (rating <= NEGATIVE_RATING && Sentiment.POSITIVE.equals(label)) {
            lowRatingPositiveText++;
        }
        for (String aspect : aspects) {
            negativeAspects.add(aspect);
        }
        for (String term : terms) {
            negativeTerms.add(term);
        }
    }

    public ReviewTally merge(ReviewTally other) {
        FixedPoint.addInto(stars, other.stars);
        texts += other.texts;
        sentimentSum = Math.addExact(sentimentSum, other.sentimentSum);
        highRatingNegativeText += other.highRatingNegativeText;
        lowRatingPositiveText += other.lowRatingPositiveText;
        negativeAspects.merge(other.negativeAspects);
        negativeTerms.merge(other.negativeTerms);
        return this;
    }

    public long reviews() {
        long n = 0;
        for (long count : stars) {
            n += count;
        }
        return n;
    }

    /** Mean stars, or NaN without reviews. */
    public double meanRating() {
        long weighted = 0;
        for (int i = 0; i < stars.length; i++) {
            weighted += (i + 1) * stars[i];
        }
        return (double) weighted / reviews();
    }

    /** Share of reviews with at most {@link #NEGATIVE_RATING} stars, 0..1; NaN without reviews. */
    public double negativeShare() {
        return (double) (stars[0] + stars[1]) / reviews();
    }

    /** Mean text sentiment, or null when no review had a scored text. */
    public Double meanSentiment() {
        return texts == 0 ? null : FixedPoint.mean(sentimentSum, texts);
    }

    public long disagreements() {
        return highRatingNegativeText + lowRatingPositiveText;
    }
}
