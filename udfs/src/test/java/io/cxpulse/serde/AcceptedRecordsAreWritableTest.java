package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cxpulse.functions.ScoreFeedback;
import io.cxpulse.functions.ScoreReview;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the parser accepts can be scored and written to cx.scored: the worst records within
 * the limits (nesting 64 deep, about 1 MiB, the longest numbers, every odd kind of Unicode) go
 * through the sentiment scorer and the output encoder without an exception, and come out with
 * their text and unknown fields unchanged.
 */
class AcceptedRecordsAreWritableTest {

    private static final SourcePosition POSITION = SourcePosition.file("cx.feedback.jsonl", 1);
    private static final String TS = "\"timestamp\":\"2026-03-01T10:15:00Z\"";

    /** Reads output as a consumer who cares for exact numbers would. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final EventParser parser = new EventParser();
    private final OutputJson out = new OutputJson();

    /** Texts that are odd but allowed: each a JSON string literal. */
    static List<String> oddTexts() {
        return List.of(
                json("👍😡🇮🇱👨‍👩‍👧".repeat(20_000)),                 // ~500 KB of emoji
                "\"\\ud800 lone high, lone low \\udfff, reversed \\udc00\\ud800\"",
                json(" word".repeat(100_000)),                        // 100k words
                json("bad ".repeat(50_000)),                          // 50k sentiment words
                "\"\\u0000\\u0001\\u001f controls \\u007f\\u0085\"",
                json("\u202Eevil\u202C \u2028 line \u2029 para \uFEFF \uFFFF \uFFFE"),
                json("e\u0301\u0301\u0301 ".repeat(5_000)),          // stacked combining marks
                json("שירות גרוע \u200F\u200E not good מאוד".repeat(2_000)),
                json("x".repeat(900_000)));
    }

    private static String json(String text) {
        return TextNode.valueOf(text).toString();
    }

    /** Unknown fields at every limit: 64 levels, 1,000-digit numbers, extreme exponents. */
    private static String worstExtras() {
        return "\"deep\":" + HostileInputTest.nested(63)
                + ",\"deep_array\":" + "[".repeat(63) + "]".repeat(63)
                + ",\"big\":" + "9".repeat(1000)
                + ",\"exp\":1e999999,\"tiny\":-1e-999999,\"zero\":-0.0,\"kept\":100.0"
                + ",\"fraction\":0." + "1".repeat(998)
                + ",\"" + "k".repeat(50_000) + "\":true"
                + ",\"odd\":\"\\ud800\\u0000\u2028\uFEFF\"";
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void worstAcceptedFeedbackIsScoredAndWritten(String comment) throws Exception {
        String record = "{\"event_id\":\"fb-1\"," + TS + ",\"customer_id\":\"C1\",\"nps\":0,"
                + "\"comment\":" + comment + "," + worstExtras() + "}";
        byte[] payload = record.getBytes(StandardCharsets.UTF_8);
        assertTrue(payload.length <= InputLimits.MAX_RECORD_BYTES, "" + payload.length);
        Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, payload);
        assertTrue(e.isValid(), () -> e.error().reason());

        ScoreFeedback score = new ScoreFeedback();
        score.open((OpenContext) null);
        ScoredFeedback scored = assertDoesNotThrow(() -> score.map(e.feedback()));
        byte[] written = assertDoesNotThrow(() -> out.bytes(out.scoredFeedback(scored)));

        JsonNode output = READER.readTree(written);
        JsonNode input = READER.readTree(record);
        assertEquals(input.get("comment"), output.get("comment"));
        for (String name : List.of("deep", "deep_array", "big", "exp", "tiny", "zero", "kept",
                "fraction", "k".repeat(50_000), "odd")) {
            assertEquals(input.get(name), output.get("extra").get(name), name);
        }
        assertNotNull(Utf8.decodeOrNull(written), "the output is valid UTF-8");
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"exp\":1E+999999,"), "a huge exponent stays a number");
        assertTrue(text.contains("\"kept\":100.0,"), "a number keeps its digits");
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void worstAcceptedReviewIsScoredAndWritten(String text) throws Exception {
        String record = "{\"event_id\":\"rv-1\"," + TS + ",\"rating\":1,\"text\":" + text
                + ",\"source\":\"\\ud83d\",\"title\":\"\\udc00 \u202e\"," + worstExtras() + "}";
        Envelope e = parser.parse(InputKind.REVIEWS, POSITION, record.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.isValid(), () -> e.error().reason());
        ScoreReview score = new ScoreReview();
        score.open((OpenContext) null);
        ScoredReview scored = assertDoesNotThrow(() -> score.map(e.review()));
        byte[] written = assertDoesNotThrow(() -> out.bytes(out.scoredReview(scored)));
        JsonNode output = READER.readTree(written);
        assertEquals(READER.readTree(text), output.get("text"));
        assertEquals(READER.readTree(record).get("exp"), output.get("extra").get("exp"));
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void oddTextsAreScoredWithTermsThatPointIntoTheText(String literal) throws Exception {
        String text = READER.readTree(literal).textValue();
        for (String language : List.of(Language.AUTO, Language.ENGLISH, Language.HEBREW)) {
            Sentiment s = assertDoesNotThrow(
                    () -> LexiconSentimentScorer.shared().score(text, language));
            assertEquals(text.length() > LexiconSentimentScorer.MAX_ANALYZED_CHARS, s.truncated());
            for (SentimentTerm t : s.terms()) {
                assertEquals(text.substring(t.start(), t.end()), t.term());
            }
        }
    }

    @Test
    void manySentimentWordsAreScoredNotDroppedToTheFallback() {
        Sentiment s = LexiconSentimentScorer.shared().score("bad ".repeat(50_000), Language.AUTO);
        assertEquals(Sentiment.NEGATIVE, s.label());
        assertTrue(s.truncated());
    }
}
