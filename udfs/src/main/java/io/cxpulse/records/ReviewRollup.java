package io.cxpulse.records;

import io.cxpulse.reviews.NameCount;

/**
 * Stars and text of one segment's reviews in one event-time window.
 *
 * @param window the window size label, e.g. {@code 1h}, {@code 1d}
 * @param windowStart inclusive, epoch milliseconds UTC
 * @param windowEnd exclusive, epoch milliseconds UTC
 * @param ratingHistogram reviews per star: index 0 holds 1-star reviews, index 4 5-star ones
 * @param meanRating 1..5
 * @param negativeShare share of reviews with 1 or 2 stars, 0..1
 * @param texts reviews with a scored text
 * @param meanSentiment mean text sentiment -1..1, or null without texts
 * @param disagreements {@code highRatingNegativeText + lowRatingPositiveText}
 * @param highRatingNegativeText 4 or 5 stars with a text labelled negative
 * @param lowRatingPositiveText 1 or 2 stars with a text labelled positive
 * @param topNegativeAspects aspects scored below 0, by the number of reviews, most first
 * @param topNegativeTerms terms weighing below 0, by the number of reviews, most first
 * @param lowSample true when reviews are fewer than the configured minimum sample
 * @param revision 1 for the first result of the window, then 2, 3... for late updates
 */
public record ReviewRollup(
        String window,
        long windowStart,
        long windowEnd,
        String dimension,
        String value,
        long reviews,
        long[] ratingHistogram,
        double meanRating,
        double negativeShare,
        long texts,
        Double meanSentiment,
        long disagreements,
        long highRatingNegativeText,
        long lowRatingPositiveText,
        NameCount[] topNegativeAspects,
        NameCount[] topNegativeTerms,
        boolean lowSample,
        int revision) {

    /** The Kafka key: {@code <window>|<dimension>|<value>|<window_start>}. */
    public String key() {
        return window + '|' + dimension + '|' + value + '|' + java.time.Instant.ofEpochMilli(windowStart);
    }
}
