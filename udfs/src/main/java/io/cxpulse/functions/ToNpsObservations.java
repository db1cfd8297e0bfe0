package io.cxpulse.functions;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsObservation;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.serde.Whitespace;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans a survey response out to every configured dimension. {@code overall} has the single
 * value {@code all}; a response without a value for a dimension counts under {@code unknown},
 * so that each dimension's segments add up to the overall total.
 */
public class ToNpsObservations implements FlatMapFunction<AccountedFeedback, NpsObservation> {
    public static final String OVERALL = "overall";
    public static final String ALL = "all";
    public static final String UNKNOWN = "unknown";

    private final String[] dimensions;

    public ToNpsObservations(List<String> dimensions) {
        this.dimensions = dimensions.toArray(String[]::new);
    }

    @Override
    public void flatMap(AccountedFeedback accounted, Collector<NpsObservation> out) {
        FeedbackEvent e = accounted.scored().event();
        Sentiment sentiment = accounted.scored().sentiment();
        Double score = sentiment == null ? null : sentiment.score();
        boolean negative = sentiment != null && Sentiment.NEGATIVE.equals(sentiment.label());
        int aspects = sentiment == null ? 0 : aspectBits(sentiment.aspects());
        for (String dimension : dimensions) {
            String value = OVERALL.equals(dimension) ? ALL : accounted.dimension(dimension);
            if (value == null || Whitespace.isBlank(value)) {
                value = UNKNOWN;
            }
            out.collect(new NpsObservation(dimension, value, e.timestamp(), e.nps(), score,
                    accounted.weight(), negative, aspects));
        }
    }

    private static int aspectBits(AspectSentiment[] aspects) {
        int bits = 0;
        for (AspectSentiment aspect : aspects) {
            int id = Aspects.idOf(aspect.aspect());
            bits |= id < 0 ? 0 : 1 << id;
        }
        return bits;
    }
}
