package io.cxpulse.functions;

import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.RetentionObservation;
import io.cxpulse.serde.Whitespace;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a customer's retention fact out to every configured dimension, as
 * {@link ToNpsObservations} does for survey answers: {@code overall} has the single value
 * {@code all}, and a customer without a value for a dimension counts under {@code unknown}.
 */
public class ToRetentionObservations implements FlatMapFunction<RetentionFact, RetentionObservation> {

    private final String[] dimensions;

    public ToRetentionObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(RetentionFact fact, Collector<RetentionObservation> out) {
        for (String dimension : dimensions) {
            String value = ToNpsObservations.OVERALL.equals(dimension)
                    ? ToNpsObservations.ALL : fact.dimension(dimension);
            if (value == null || Whitespace.isBlank(value)) {
                value = ToNpsObservations.UNKNOWN;
            }
            out.collect(new RetentionObservation(dimension, value, fact));
        }
    }
}
