package io.cxpulse.records;

/**
 * One survey response seen from one dimension, e.g. channel = phone.
 *
 * @param sentiment the comment's sentiment score, or null without a comment
 */
public record NpsObservation(
        String dimension, String value, long timestamp, int nps, Double sentiment) {

    /** The key that groups observations of the same segment. */
    public String segmentKey() {
        return dimension + '|' + value;
    }
}
