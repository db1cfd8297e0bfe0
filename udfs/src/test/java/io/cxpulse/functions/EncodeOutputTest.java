package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import io.cxpulse.serde.OutputJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class EncodeOutputTest {

    /** 2026-03-01T10:00:00Z. */
    static final long W0 = 1_772_359_200_000L;
    static final long T0 = W0 + 15 * 60_000L;
    static final long HOUR = 3_600_000L;

    static final String DEAD = "cx.dead";

    private final ObjectMapper mapper = new ObjectMapper();

    private static <T> EncodeOutput<T> opened(EncodeOutput<T> fn) {
        fn.open(DefaultOpenContext.INSTANCE);
        return fn;
    }

    private JsonNode json(OutputRecord r) throws Exception {
        return mapper.readTree(new String(r.value(), StandardCharsets.UTF_8));
    }

    private static NpsRollup rollup(Double meanSentiment) {
        return new NpsRollup("1h", W0, W0 + HOUR, "channel", "phone", 10, 5, 3, 2,
                30.0, -19.051389493993252, 65.2052356478394, 48.4084290180956, false, 4,
                meanSentiment, 2);
    }

    private static EncodeOutput<NpsRollup> rollupEncoder() {
        return opened(new EncodeOutput<>("cx.nps", OutputJson::npsRollup, NpsRollup::key, DEAD));
    }

    private static EncodeOutput<DeadLetter> deadLetterEncoder() {
        return opened(new EncodeOutput<>("cx.dead", OutputJson::deadLetter,
                d -> d.position().toString(), DEAD));
    }

    @Test
    void rollupIsKeyedByWindowSegmentAndStart() {
        OutputRecord r = rollupEncoder().map(rollup(0.25));
        assertEquals("cx.nps", r.topic());
        assertEquals("1h|channel|phone|2026-03-01T10:00:00Z", r.key());
    }

    @Test
    void rollupJsonHasEveryFieldWithFiguresRoundedToTwoDecimals() throws Exception {
        JsonNode j = json(rollupEncoder().map(rollup(0.123456)));
        assertEquals("1h", j.get("window").asText());
        assertEquals("2026-03-01T10:00:00Z", j.get("window_start").asText());
        assertEquals("2026-03-01T11:00:00Z", j.get("window_end").asText());
        assertEquals("channel", j.get("dimension").asText());
        assertEquals("phone", j.get("value").asText());
        assertEquals(10, j.get("responses").asLong());
        assertEquals(5, j.get("promoters").asLong());
        assertEquals(3, j.get("passives").asLong());
        assertEquals(2, j.get("detractors").asLong());
        assertEquals(30.0, j.get("nps").asDouble());
        assertEquals(-19.05, j.get("ci_low").asDouble());
        assertEquals(65.21, j.get("ci_high").asDouble());
        assertEquals(48.41, j.get("margin_of_error").asDouble());
        assertFalse(j.get("low_sample").asBoolean());
        assertEquals(4, j.get("comments").asLong());
        assertEquals(0.1235, j.get("mean_sentiment").asDouble());
        assertEquals(2, j.get("revision").asInt());
    }

    @Test
    void rollupWithoutCommentsHasMeanSentimentNull() throws Exception {
        JsonNode j = json(rollupEncoder().map(rollup(null)));
        assertTrue(j.has("mean_sentiment"), "the field is present");
        assertTrue(j.get("mean_sentiment").isNull());
    }

    @Test
    void rollupWindowStartIsUtcWhateverTheDay() throws Exception {
        NpsRollup daily = new NpsRollup("1d", W0 - 10 * HOUR, W0 + 14 * HOUR, "overall", "all",
                0, 0, 0, 0, 0, -100, 100, 100, true, 0, null, 1);
        OutputRecord r = rollupEncoder().map(daily);
        assertEquals("1d|overall|all|2026-03-01T00:00:00Z", r.key());
        assertEquals("2026-03-02T00:00:00Z", json(r).get("window_end").asText());
    }

    @Test
    void kafkaDeadLetterHasPartitionOffsetAndNoLine() throws Exception {
        DeadLetter d = new DeadLetter(SourcePosition.kafka("cx.feedback", 3, 1234L, T0 + 500),
                "feedback", "late", "too old", "{\"x\":1}", "utf-8", T0 - HOUR, T0 + 1000);
        OutputRecord r = deadLetterEncoder().map(d);
        assertEquals("cx.feedback-3@1234", r.key());
        JsonNode j = json(r);
        assertEquals("cx.feedback", j.get("source").asText());
        assertEquals(3, j.get("partition").asInt());
        assertEquals(1234L, j.get("offset").asLong());
        assertFalse(j.has("line"));
        assertEquals("feedback", j.get("input").asText());
        assertEquals("late", j.get("error_type").asText());
        assertEquals("too old", j.get("reason").asText());
        assertEquals("{\"x\":1}", j.get("payload").asText(), "payload stays a string, not nested JSON");
        assertEquals("utf-8", j.get("payload_encoding").asText());
        assertEquals("2026-03-01T09:15:00Z", j.get("event_time").asText());
        assertEquals("2026-03-01T10:15:00.500Z", j.get("record_timestamp").asText());
        assertEquals("2026-03-01T10:15:01Z", j.get("detected_at").asText());
    }

    @Test
    void fileDeadLetterHasLineAndNoPartitionOffsetOrEventTime() throws Exception {
        DeadLetter d = new DeadLetter(SourcePosition.file("cx.reviews.jsonl", 17), "reviews",
                "not_utf8", "the record is not valid UTF-8 text", "wyg=", "base64", null, T0);
        OutputRecord r = deadLetterEncoder().map(d);
        assertEquals("cx.reviews.jsonl:17", r.key());
        JsonNode j = json(r);
        assertEquals("cx.reviews.jsonl", j.get("source").asText());
        assertEquals(17, j.get("line").asLong());
        assertFalse(j.has("partition"));
        assertFalse(j.has("offset"));
        assertFalse(j.has("event_time"));
        assertFalse(j.has("record_timestamp"));
        assertEquals("wyg=", j.get("payload").asText());
        assertEquals("base64", j.get("payload_encoding").asText());
    }

    @Test
    void scoredFeedbackCarriesClassSentimentAndExtra() throws Exception {
        FeedbackEvent e = new FeedbackEvent("fb-1", T0, "C0001", 2, "slow and rude", "phone",
                null, "north", null, null, "en", "{\"survey\":\"q1\"}");
        Sentiment s = new Sentiment(-0.71234, Sentiment.NEGATIVE, "en", new SentimentTerm[] {
                new SentimentTerm("slow", -1.23456, 0, 4), new SentimentTerm("rude", -2.0, 9, 13)});
        EncodeOutput<ScoredFeedback> fn = opened(new EncodeOutput<>("cx.scored",
                OutputJson::scoredFeedback, x -> x.event().eventId(), DEAD));
        OutputRecord r = fn.map(new ScoredFeedback(e, "detractor", s));
        assertEquals("fb-1", r.key());
        JsonNode j = json(r);
        assertEquals("feedback", j.get("kind").asText());
        assertEquals("2026-03-01T10:15:00Z", j.get("timestamp").asText());
        assertEquals(2, j.get("nps").asInt());
        assertEquals("detractor", j.get("nps_class").asText());
        assertEquals("phone", j.get("channel").asText());
        assertFalse(j.has("product"), "absent optional fields are left out");
        assertEquals(-0.7123, j.get("sentiment").get("score").asDouble());
        assertEquals("negative", j.get("sentiment").get("label").asText());
        JsonNode first = j.get("sentiment").get("terms").get(0);
        assertEquals("slow", first.get("term").asText());
        assertEquals(-1.235, first.get("weight").asDouble());
        assertEquals(0, first.get("start").asInt());
        assertEquals(4, first.get("end").asInt());
        assertEquals(2, j.get("sentiment").get("terms").size());
        assertEquals("q1", j.get("extra").get("survey").asText(), "extra is nested JSON");
    }

    @Test
    void scoredFeedbackWithoutCommentHasNullSentiment() throws Exception {
        FeedbackEvent e = new FeedbackEvent("fb-2", T0, "C0002", 10, null, null, null, null,
                null, null, null, null);
        EncodeOutput<ScoredFeedback> fn = opened(new EncodeOutput<>("cx.scored",
                OutputJson::scoredFeedback, x -> x.event().eventId(), DEAD));
        JsonNode j = json(fn.map(new ScoredFeedback(e, "promoter", null)));
        assertTrue(j.get("sentiment").isNull());
        assertFalse(j.has("comment"));
        assertFalse(j.has("extra"));
    }

    @Test
    void scoredReviewIsKindReview() throws Exception {
        ReviewEvent e = new ReviewEvent("rv-1", T0, 5, "great", "google", null, null, null,
                null, null, null, null);
        EncodeOutput<ScoredReview> fn = opened(new EncodeOutput<>("cx.scored",
                OutputJson::scoredReview, x -> x.event().eventId(), DEAD));
        JsonNode j = json(fn.map(new ScoredReview(e,
                new Sentiment(0.5, Sentiment.POSITIVE, "en", new SentimentTerm[0]))));
        assertEquals("review", j.get("kind").asText());
        assertEquals(5, j.get("rating").asInt());
        assertEquals("great", j.get("text").asText());
        assertEquals(List.of(), mapper.convertValue(j.get("sentiment").get("terms"), List.class));
    }

    @Test
    void encoderSurvivesJavaSerializationAsFlinkShipsIt() throws Exception {
        EncodeOutput<NpsRollup> shipped = InstantiationUtil.clone(
                new EncodeOutput<>("cx.nps", OutputJson::npsRollup, NpsRollup::key, DEAD));
        shipped.open(DefaultOpenContext.INSTANCE);
        OutputRecord r = shipped.map(rollup(null));
        assertEquals("1h|channel|phone|2026-03-01T10:00:00Z", r.key());
        assertEquals(-19.05, json(r).get("ci_low").asDouble());
    }

    @Test
    void recordThatCannotBeEncodedBecomesADerivedDeadLetterAndTheNextIsEncoded() throws Exception {
        EncodeOutput<NpsRollup> fn = opened(new EncodeOutput<>("cx.nps", (json, r) -> {
            if (r.meanSentiment() == null) {
                throw new IllegalArgumentException("no layout for this one");
            }
            return json.npsRollup(r);
        }, NpsRollup::key, DEAD));

        OutputRecord dead = fn.map(rollup(null));
        OutputRecord next = fn.map(rollup(0.5));

        assertEquals(DEAD, dead.topic());
        assertEquals("cx.nps|1h|channel|phone|2026-03-01T10:00:00Z", dead.key());
        JsonNode j = json(dead);
        assertEquals("cx.nps", j.get("source").asText());
        assertEquals("derived", j.get("input").asText());
        assertEquals("processing_error", j.get("error_type").asText());
        assertTrue(j.get("reason").asText().contains("IllegalArgumentException: no layout for this one"),
                j.get("reason").asText());
        assertTrue(j.get("payload").asText().startsWith("NpsRollup["), j.get("payload").asText());
        assertFalse(j.has("line") || j.has("partition"));
        assertEquals("cx.nps", next.topic());
    }

    @Test
    void deadLetterPayloadReplacesUnpairedSurrogatesSoThatItCanBeWritten() throws Exception {
        EncodeOutput<String> fn = opened(new EncodeOutput<String>("cx.x", (json, r) -> {
            throw new IllegalStateException("broken");
        }, r -> "k", DEAD));
        JsonNode j = json(fn.map("a\ud800b"));
        assertEquals("a?b", j.get("payload").asText());
        assertEquals("utf-8", j.get("payload_encoding").asText());
    }
}
