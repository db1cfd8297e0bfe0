package io.cxpulse.records;

import io.cxpulse.sentiment.AspectSentiment;

/**
 * One survey response or review seen from one dimension, with what a driver table needs.
 *
 * @param score the NPS answer 0-10 of a survey response, or the 1-5 stars of a review
 * @param hasText true when the response had a scored comment (or the review a scored text)
 * @param aspects the aspects its text talks about, each at most once; empty without text
 */
public record DriverObservation(
        String dimension,
        String value,
        long timestamp,
        int score,
        boolean hasText,
        AspectSentiment[] aspects) {

    /** The key that groups observations of the same segment. */
    public String segmentKey() {
        return dimension + '|' + value;
    }
}
