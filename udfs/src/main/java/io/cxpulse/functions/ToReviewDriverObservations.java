package io.cxpulse.functions;

import io.cxpulse.serde.Whitespace;
import static io.cxpulse.functions.ToNpsObservations.ALL;
import static io.cxpulse.functions.ToNpsObservations.OVERALL;
import static io.cxpulse.functions.ToNpsObservations.UNKNOWN;
import static io.cxpulse.functions.ToSurveyDriverObservations.NO_ASPECTS;

import io.cxpulse.records.DriverObservation;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a review out to every configured review dimension for the driver tables:
 * {@code overall} has the single value {@code all}, a missing value counts under
 * {@code unknown}.
 */
public class ToReviewDriverObservations implements FlatMapFunction<ScoredReview, DriverObservation> {

    private final String[] dimensions;

    public ToReviewDriverObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(ScoredReview review, Collector<DriverObservation> out) {
        ReviewEvent e = review.event();
        boolean hasText = review.sentiment() != null;
        for (String dimension : dimensions) {
            String value = OVERALL.equals(dimension) ? ALL : e.dimension(dimension);
            if (value == null || Whitespace.isBlank(value)) {
                value = UNKNOWN;
            }
            out.collect(new DriverObservation(dimension, value, e.timestamp(), e.rating(), hasText,
                    hasText ? review.sentiment().aspects() : NO_ASPECTS));
        }
    }
}
