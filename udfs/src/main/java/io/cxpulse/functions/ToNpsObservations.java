package io.cxpulse.functions;

import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsObservation;
import io.cxpulse.records.ScoredFeedback;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a survey response out to every configured dimension. {@code overall} has the single
 * value {@code all}; a response without a value for a dimension counts under {@code unknown},
 * so that each dimension's segments add up to the overall total.
 */
public class ToNpsObservations implements FlatMapFunction<ScoredFeedback, NpsObservation> {
    public static final String OVERALL = "overall";
    public static final String ALL = "all";
    public static final String UNKNOWN = "unknown";

    private final String[] dimensions;

    public ToNpsObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(ScoredFeedback scored, Collector<NpsObservation> out) {
        FeedbackEvent e = scored.event();
        Double sentiment = scored.sentiment() == null ? null : scored.sentiment().score();
        for (String dimension : dimensions) {
            String value = OVERALL.equals(dimension) ? ALL : e.dimension(dimension);
            if (value == null || value.isBlank()) {
                value = UNKNOWN;
            }
            out.collect(new NpsObservation(dimension, value, e.timestamp(), e.nps(), sentiment));
        }
    }
}
