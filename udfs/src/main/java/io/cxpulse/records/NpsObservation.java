package io.cxpulse.records;

/**
 * One survey response seen from one dimension, e.g. channel = phone.
 *
 * @param sentiment the comment's sentiment score, or null without a comment
 * @param weight the response's weight in value-weighted NPS: its account's annual value, or 1
 * @param negativeComment whether the comment's sentiment is labelled negative
 * @param aspects the aspects the comment mentions, as bits numbered by {@code Aspects.NAMES}
 */
public record NpsObservation(
        String dimension,
        String value,
        long timestamp,
        int nps,
        Double sentiment,
        double weight,
        boolean negativeComment,
        int aspects) {

    /** A response of weight 1 whose comment, if any, mentions no aspect. */
    public NpsObservation(String dimension, String value, long timestamp, int nps, Double sentiment) {
        this(dimension, value, timestamp, nps, sentiment, 1.0,
                sentiment != null && sentiment <= -io.cxpulse.sentiment.Sentiment.LABEL_THRESHOLD, 0);
    }

    /** The key that groups observations of the same segment. */
    public String segmentKey() {
        return dimension + '|' + value;
    }
}
