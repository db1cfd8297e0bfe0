package io.cxpulse.records;

/**
 * The key-driver table of one segment in one event-time window, from survey responses or from
 * public reviews (never mixed).
 *
 * @param window the window size label, e.g. {@code 1d}
 * @param windowStart inclusive, epoch milliseconds UTC
 * @param windowEnd exclusive, epoch milliseconds UTC
 * @param sourceKind {@link #SURVEY} or {@link #REVIEWS}
 * @param count survey responses, or reviews, in the window
 * @param withText of those, the ones with a scored comment or text
 * @param detractorComments detractors with a comment (survey only, else 0)
 * @param nps the window's NPS, -100..100 (survey only, else null)
 * @param meanRating the window's mean star rating, 1..5 (reviews only, else null)
 * @param aspects one row per aspect mentioned in the window, in rank order
 * @param revision 1 for the first result of the window, then 2, 3... for late updates
 */
public record DriverRollup(
        String window,
        long windowStart,
        long windowEnd,
        String sourceKind,
        String dimension,
        String value,
        long count,
        long withText,
        long detractorComments,
        Double nps,
        Double meanRating,
        AspectDriver[] aspects,
        int revision) {

    public static final String SURVEY = "survey";
    public static final String REVIEWS = "reviews";

    /** The Kafka key: {@code <window>|<source_kind>|<dimension>|<value>|<window_start>}. */
    public String key() {
        return window + '|' + sourceKind + '|' + dimension + '|' + value + '|'
                + java.time.Instant.ofEpochMilli(windowStart);
    }
}
