package io.cxpulse.serde;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.reviews.NameCount;

/**
 * The JSON layout of {@code cx.rollups.reviews}, field by field, as documented in
 * {@code docs/topics.md} and its JSON Schema. Rounds as {@link OutputJson}
 * does. Stateless; use as {@code EncodeOutput.Layout} via {@code ReviewRollupJson::reviewRollup}.
 */
public final class ReviewRollupJson {
    private ReviewRollupJson() {}

    public static ObjectNode reviewRollup(OutputJson json, ReviewRollup r) {
        ObjectNode node = json.rollup(r.window(), r.windowStart(), r.windowEnd(), r.dimension(),
                r.value());
        node.put("reviews", r.reviews());
        node.put("mean_rating", OutputJson.round(r.meanRating(), 2));
        ObjectNode histogram = node.putObject("rating_histogram");
        for (int star = 1; star <= 5; star++) {
            histogram.put(Integer.toString(star), r.ratingHistogram()[star - 1]);
        }
        node.put("negative_share", OutputJson.round(r.negativeShare(), 4));
        node.put("texts", r.texts());
        if (r.meanSentiment() == null) {
            node.putNull("mean_sentiment");
        } else {
            node.put("mean_sentiment", OutputJson.round(r.meanSentiment(), 4));
        }
        node.put("disagreements", r.disagreements());
        node.put("high_rating_negative_text", r.highRatingNegativeText());
        node.put("low_rating_positive_text", r.lowRatingPositiveText());
        counts(node.putArray("top_negative_aspects"), "aspect", r.topNegativeAspects());
        counts(node.putArray("top_negative_terms"), "term", r.topNegativeTerms());
        node.put("low_sample", r.lowSample());
        node.put("revision", r.revision());
        return node;
    }

    private static void counts(ArrayNode array, String nameField, NameCount[] counts) {
        for (NameCount c : counts) {
            array.addObject().put(nameField, c.name()).put("count", c.count());
        }
    }
}
