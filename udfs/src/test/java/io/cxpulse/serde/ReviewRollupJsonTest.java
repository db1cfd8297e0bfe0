package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.reviews.NameCount;
import org.junit.jupiter.api.Test;

class ReviewRollupJsonTest {

    /** 2026-03-10T00:00:00Z. */
    static final long DAY = 1_773_100_800_000L;

    private static final OutputJson JSON = new OutputJson();

    private static ReviewRollup rollup(Double meanSentiment) {
        return new ReviewRollup("1d", DAY, DAY + 86_400_000L, "source", "google", 7,
                new long[] {3, 1, 0, 1, 2}, 18.0 / 7, 4.0 / 7, 6, meanSentiment, 2, 1, 1,
                new NameCount[] {new NameCount("billing", 3), new NameCount("support", 1)},
                new NameCount[] {new NameCount("charged", 2)}, true, 2);
    }

    @Test
    void everyFieldInSnakeCaseWithOutputJsonRounding() {
        ObjectNode node = ReviewRollupJson.reviewRollup(JSON, rollup(-0.123456));
        assertEquals("{\"window\":\"1d\",\"window_start\":\"2026-03-10T00:00:00Z\","
                + "\"window_end\":\"2026-03-11T00:00:00Z\",\"dimension\":\"source\","
                + "\"value\":\"google\",\"reviews\":7,\"mean_rating\":2.57,"
                + "\"rating_histogram\":{\"1\":3,\"2\":1,\"3\":0,\"4\":1,\"5\":2},"
                + "\"negative_share\":0.5714,\"texts\":6,\"mean_sentiment\":-0.1235,"
                + "\"disagreements\":2,\"high_rating_negative_text\":1,"
                + "\"low_rating_positive_text\":1,"
                + "\"top_negative_aspects\":[{\"aspect\":\"billing\",\"count\":3},"
                + "{\"aspect\":\"support\",\"count\":1}],"
                + "\"top_negative_terms\":[{\"term\":\"charged\",\"count\":2}],"
                + "\"low_sample\":true,\"revision\":2}", node.toString());
    }

    @Test
    void meanSentimentIsNullWithoutTexts() {
        ObjectNode node = ReviewRollupJson.reviewRollup(JSON, rollup(null));
        assertTrue(node.has("mean_sentiment"));
        assertTrue(node.get("mean_sentiment").isNull());
    }
}
