package io.cxpulse.functions;

import io.cxpulse.serde.Whitespace;
import static io.cxpulse.functions.ToNpsObservations.ALL;
import static io.cxpulse.functions.ToNpsObservations.OVERALL;
import static io.cxpulse.functions.ToNpsObservations.UNKNOWN;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.DriverObservation;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a survey response out to every configured dimension, {@code tier} included, for the
 * driver tables: {@code overall} has the single value {@code all}, a missing value counts
 * under {@code unknown}.
 */
public class ToSurveyDriverObservations
        implements FlatMapFunction<AccountedFeedback, DriverObservation> {

    static final AspectSentiment[] NO_ASPECTS = new AspectSentiment[0];

    private final String[] dimensions;

    public ToSurveyDriverObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(AccountedFeedback feedback, Collector<DriverObservation> out) {
        Sentiment sentiment = feedback.scored().sentiment();
        AspectSentiment[] aspects = sentiment == null ? NO_ASPECTS : sentiment.aspects();
        long timestamp = feedback.scored().event().timestamp();
        int nps = feedback.scored().event().nps();
        for (String dimension : dimensions) {
            String value = OVERALL.equals(dimension) ? ALL : feedback.dimension(dimension);
            if (value == null || Whitespace.isBlank(value)) {
                value = UNKNOWN;
            }
            out.collect(new DriverObservation(
                    dimension, value, timestamp, nps, sentiment != null, aspects));
        }
    }
}
