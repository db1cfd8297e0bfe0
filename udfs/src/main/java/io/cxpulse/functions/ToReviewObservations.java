package io.cxpulse.functions;

import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ReviewObservation;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.reviews.NegativeMentions;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.serde.Whitespace;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a review out to every configured dimension. {@code overall} has the single value
 * {@code all}; a review without a value for a dimension counts under {@code unknown}, so that
 * each dimension's segments add up to the overall total. A review whose text is empty or was
 * not scored counts for its stars only.
 */
public class ToReviewObservations implements FlatMapFunction<ScoredReview, ReviewObservation> {
    private static final String[] NONE = new String[0];

    private final String[] dimensions;

    public ToReviewObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(ScoredReview scored, Collector<ReviewObservation> out) {
        ReviewEvent e = scored.event();
        Sentiment s = e.text() == null || Whitespace.isBlank(e.text()) ? null : scored.sentiment();
        Double score = s == null ? null : s.score();
        String label = s == null ? null : s.label();
        String[] aspects = s == null ? NONE : NegativeMentions.aspects(s);
        String[] terms = s == null ? NONE : NegativeMentions.terms(s);
        for (String dimension : dimensions) {
            String value = ToNpsObservations.OVERALL.equals(dimension)
                    ? ToNpsObservations.ALL
                    : e.dimension(dimension);
            if (value == null || Whitespace.isBlank(value)) {
                value = ToNpsObservations.UNKNOWN;
            }
            out.collect(new ReviewObservation(
                    dimension, value, e.timestamp(), e.rating(), score, label, aspects, terms));
        }
    }
}
