package io.cxpulse.records;

/**
 * One review seen from one dimension, e.g. source = google.
 *
 * @param rating stars 1-5
 * @param sentiment the text's sentiment score, or null when the review has no text to score
 * @param label the text's sentiment label, or null without text
 * @param negativeAspects aspects the text scores below 0, each once
 * @param negativeTerms lower-cased terms weighing below 0, each once
 */
public record ReviewObservation(
        String dimension,
        String value,
        long timestamp,
        int rating,
        Double sentiment,
        String label,
        String[] negativeAspects,
        String[] negativeTerms) {

    /** The key that groups observations of the same segment. */
    public String segmentKey() {
        return dimension + '|' + value;
    }
}
