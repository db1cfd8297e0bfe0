package io.cxpulse.serde;

import static io.cxpulse.serde.OutputJson.round;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverRollup;

/**
 * The JSON layout of {@code cx.rollups.drivers}, as documented in
 * {@code docs/topics.md} and its JSON Schema. Survey and review rollups share
 * the header; their aspect rows name the outcome they compare (NPS or stars).
 */
public final class DriverRollupJson {
    private DriverRollupJson() {}

    public static ObjectNode driverRollup(OutputJson json, DriverRollup r) {
        boolean survey = DriverRollup.SURVEY.equals(r.sourceKind());
        ObjectNode node = json.createObject();
        node.put("window", r.window());
        node.put("window_start", Timestamps.format(r.windowStart()));
        node.put("window_end", Timestamps.format(r.windowEnd()));
        node.put("source_kind", r.sourceKind());
        node.put("dimension", r.dimension());
        node.put("value", r.value());
        if (survey) {
            node.put("responses", r.count());
            node.put("nps", round(r.nps(), 2));
            node.put("comments", r.withText());
            node.put("detractor_comments", r.detractorComments());
        } else {
            node.put("reviews", r.count());
            node.put("mean_rating", round(r.meanRating(), 3));
            node.put("reviews_with_text", r.withText());
        }
        ArrayNode aspects = node.putArray("aspects");
        for (AspectDriver a : r.aspects()) {
            aspects.add(survey ? surveyAspect(json, a) : reviewAspect(json, a));
        }
        node.put("revision", r.revision());
        return node;
    }

    private static ObjectNode surveyAspect(OutputJson json, AspectDriver a) {
        ObjectNode node = json.createObject();
        node.put("rank", a.rank());
        node.put("aspect", a.aspect());
        node.put("mentions", a.mentions());
        node.put("promoter_mentions", a.promoterMentions());
        node.put("passive_mentions", a.passiveMentions());
        node.put("detractor_mentions", a.detractorMentions());
        node.put("mean_sentiment", round(a.meanSentiment(), 4));
        putRounded(node, "detractor_share", a.detractorShare(), 4);
        node.put("negative_mentions", a.negativeMentions());
        node.put("responses_others", a.others());
        putRounded(node, "nps_negative", a.outcomeNegative(), 2);
        putRounded(node, "nps_others", a.outcomeOthers(), 2);
        putRounded(node, "nps_impact", a.impact(), 2);
        putRounded(node, "nps_points_lost", a.pointsLost(), 2);
        node.put("low_sample", a.lowSample());
        return node;
    }

    private static ObjectNode reviewAspect(OutputJson json, AspectDriver a) {
        ObjectNode node = json.createObject();
        node.put("rank", a.rank());
        node.put("aspect", a.aspect());
        node.put("mentions", a.mentions());
        node.put("mean_sentiment", round(a.meanSentiment(), 4));
        node.put("negative_mentions", a.negativeMentions());
        node.put("reviews_others", a.others());
        putRounded(node, "mean_rating_negative", a.outcomeNegative(), 3);
        putRounded(node, "mean_rating_others", a.outcomeOthers(), 3);
        putRounded(node, "rating_impact", a.impact(), 3);
        putRounded(node, "rating_points_lost", a.pointsLost(), 3);
        node.put("low_sample", a.lowSample());
        return node;
    }

    private static void putRounded(ObjectNode node, String name, Double value, int decimals) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, round(value, decimals));
        }
    }
}
