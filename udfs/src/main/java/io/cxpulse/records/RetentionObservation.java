package io.cxpulse.records;

/** One customer's {@link RetentionFact} seen from one dimension, e.g. tier = key. */
public record RetentionObservation(String dimension, String value, RetentionFact fact) {

    /** The key that groups observations of the same segment. */
    public String segmentKey() {
        return dimension + '|' + value;
    }
}
