package io.cxpulse.records;

import java.util.List;

/**
 * NPS of one segment in one event-time window.
 *
 * @param window the window size label, e.g. {@code 1h}, {@code 1d}
 * @param windowStart inclusive, epoch milliseconds UTC
 * @param windowEnd exclusive, epoch milliseconds UTC
 * @param nps -100..100
 * @param ciLow lower end of the 95% adjusted-Wald interval
 * @param ciHigh upper end of the 95% adjusted-Wald interval
 * @param marginOfError half-width of the 95% normal-approximation interval
 * @param lowSample true when responses are fewer than the configured minimum sample
 * @param comments responses with a scored comment
 * @param meanSentiment mean comment sentiment -1..1, or null without comments
 * @param negativeCommentShare share of comments labelled negative, or null without comments
 * @param npsWeighted NPS with each response weighted by its account's annual value
 * @param detractorAspects the aspects detractors' comments mention most, with their counts
 * @param revision 1 for the first result of the window, then 2, 3... for late updates
 */
public record NpsRollup(
        String window,
        long windowStart,
        long windowEnd,
        String dimension,
        String value,
        long responses,
        long promoters,
        long passives,
        long detractors,
        double nps,
        double ciLow,
        double ciHigh,
        double marginOfError,
        boolean lowSample,
        long comments,
        Double meanSentiment,
        Double negativeCommentShare,
        double npsWeighted,
        List<AspectCount> detractorAspects,
        int revision) {

    /** A rollup of weight-1 responses and no comment measures beyond the mean sentiment. */
    public NpsRollup(String window, long windowStart, long windowEnd, String dimension,
            String value, long responses, long promoters, long passives, long detractors,
            double nps, double ciLow, double ciHigh, double marginOfError, boolean lowSample,
            long comments, Double meanSentiment, int revision) {
        this(window, windowStart, windowEnd, dimension, value, responses, promoters, passives,
                detractors, nps, ciLow, ciHigh, marginOfError, lowSample, comments,
                meanSentiment, null, nps, List.of(), revision);
    }

    /** The Kafka key: {@code <window>|<dimension>|<value>|<window_start>}. */
    public String key() {
        return window + '|' + dimension + '|' + value + '|' + java.time.Instant.ofEpochMilli(windowStart);
    }
}
