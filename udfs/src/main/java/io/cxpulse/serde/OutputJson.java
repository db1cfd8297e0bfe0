package io.cxpulse.serde;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.AspectCount;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON layout of every output topic, field by field, as documented in {@code docs/} and
 * its JSON Schemas. Thread-safe.
 */
public final class OutputJson {
    /**
     * Reads the unknown input fields back exactly as the parser kept them: a number such as
     * {@code 1e999999} or {@code 100.0} stays that number instead of becoming a double.
     */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public byte[] bytes(ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode createObject() {
        return mapper.createObjectNode();
    }

    public ObjectNode scoredFeedback(ScoredFeedback scored) {
        FeedbackEvent e = scored.event();
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", "feedback");
        node.put("event_id", e.eventId());
        node.put("timestamp", Timestamps.format(e.timestamp()));
        node.put("customer_id", e.customerId());
        node.put("nps", e.nps());
        node.put("nps_class", scored.npsClass());
        putIfPresent(node, "comment", e.comment());
        putIfPresent(node, "channel", e.channel());
        putIfPresent(node, "product", e.product());
        putIfPresent(node, "region", e.region());
        putIfPresent(node, "store", e.store());
        putIfPresent(node, "agent", e.agent());
        putIfPresent(node, "language", e.language());
        node.set("sentiment", sentiment(scored.sentiment()));
        putExtra(node, e.extra());
        return node;
    }

    public ObjectNode scoredReview(ScoredReview scored) {
        ReviewEvent e = scored.event();
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", "review");
        node.put("event_id", e.eventId());
        node.put("timestamp", Timestamps.format(e.timestamp()));
        putIfPresent(node, "customer_id", e.customerId());
        node.put("rating", e.rating());
        node.put("source", e.source());
        putIfPresent(node, "title", e.title());
        node.put("text", e.text());
        putIfPresent(node, "product", e.product());
        putIfPresent(node, "region", e.region());
        putIfPresent(node, "store", e.store());
        putIfPresent(node, "language", e.language());
        node.set("sentiment", sentiment(scored.sentiment()));
        putExtra(node, e.extra());
        return node;
    }

    /** A rollup's first fields: its window and the segment it is about. */
    public ObjectNode rollup(String window, long windowStart, long windowEnd, String dimension,
            String value) {
        ObjectNode node = mapper.createObjectNode();
        node.put("window", window);
        node.put("window_start", Timestamps.format(windowStart));
        node.put("window_end", Timestamps.format(windowEnd));
        node.put("dimension", dimension);
        node.put("value", value);
        return node;
    }

    public ObjectNode npsRollup(NpsRollup r) {
        ObjectNode node = rollup(r.window(), r.windowStart(), r.windowEnd(), r.dimension(),
                r.value());
        node.put("responses", r.responses());
        node.put("promoters", r.promoters());
        node.put("passives", r.passives());
        node.put("detractors", r.detractors());
        node.put("nps", round(r.nps(), 2));
        node.put("ci_low", round(r.ciLow(), 2));
        node.put("ci_high", round(r.ciHigh(), 2));
        node.put("margin_of_error", round(r.marginOfError(), 2));
        node.put("low_sample", r.lowSample());
        node.put("comments", r.comments());
        if (r.meanSentiment() == null) {
            node.putNull("mean_sentiment");
        } else {
            node.put("mean_sentiment", round(r.meanSentiment(), 4));
        }
        if (r.negativeCommentShare() == null) {
            node.putNull("negative_comment_share");
        } else {
            node.put("negative_comment_share", round(r.negativeCommentShare(), 4));
        }
        node.put("nps_weighted", round(r.npsWeighted(), 2));
        ArrayNode aspects = node.putArray("detractor_aspects");
        for (AspectCount a : r.detractorAspects()) {
            aspects.addObject().put("aspect", a.aspect()).put("count", a.count());
        }
        node.put("revision", r.revision());
        return node;
    }

    public ObjectNode deadLetter(DeadLetter d) {
        ObjectNode node = mapper.createObjectNode();
        SourcePosition p = d.position();
        node.put("source", p.source());
        if (p.partition() != null) {
            node.put("partition", p.partition());
            node.put("offset", p.offset());
        }
        if (p.line() != null) {
            node.put("line", p.line());
        }
        node.put("input", d.input());
        node.put("error_type", d.errorType());
        node.put("reason", d.reason());
        node.put("payload", d.payload());
        node.put("payload_encoding", d.payloadEncoding());
        if (d.payloadTotalBytes() != null) {
            node.put("payload_total_bytes", d.payloadTotalBytes());
        }
        if (d.eventTime() != null) {
            node.put("event_time", Timestamps.format(d.eventTime()));
        }
        if (p.recordTimestamp() != null) {
            node.put("record_timestamp", Timestamps.format(p.recordTimestamp()));
        }
        node.put("detected_at", Timestamps.format(d.detectedAt()));
        return node;
    }

    /**
     * A sentiment as {@code {score, label, language, terms: [{term, weight, start, end}],
     * aspects: [{aspect, score, mentions}], intents: [...], truncated}}.
     */
    public ObjectNode sentiment(Sentiment s) {
        if (s == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("score", round(s.score(), 4));
        node.put("label", s.label());
        node.put("language", s.language());
        ArrayNode terms = node.putArray("terms");
        for (SentimentTerm t : s.terms()) {
            terms.addObject()
                    .put("term", t.term())
                    .put("weight", round(t.weight(), 3))
                    .put("start", t.start())
                    .put("end", t.end());
        }
        ArrayNode aspects = node.putArray("aspects");
        for (AspectSentiment a : s.aspects()) {
            aspects.addObject()
                    .put("aspect", a.aspect())
                    .put("score", round(a.score(), 4))
                    .put("mentions", a.mentions());
        }
        ArrayNode intents = node.putArray("intents");
        for (String intent : s.intents()) {
            intents.add(intent);
        }
        node.put("truncated", s.truncated());
        return node;
    }

    private void putExtra(ObjectNode node, String extra) {
        if (extra != null) {
            try {
                node.set("extra", mapper.readTree(extra));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
