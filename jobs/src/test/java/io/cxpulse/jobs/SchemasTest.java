package io.cxpulse.jobs;

import static io.cxpulse.jobs.testing.SchemaAssertions.assertInvalid;
import static io.cxpulse.jobs.testing.SchemaAssertions.assertValid;
import static io.cxpulse.jobs.testing.SchemaAssertions.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.functions.ScoreFeedback;
import io.cxpulse.functions.ScoreReview;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import io.cxpulse.serde.DeadLetters;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.OutputJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.OpenContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The topic contracts in docs/schemas agree with the code: the input schemas accept exactly the
 * records {@link EventParser} accepts, and {@link OutputJson} writes records the output schemas
 * accept.
 */
class SchemasTest {

    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final OutputJson OUT = new OutputJson();
    private static final long T = Instant.parse("2026-03-10T08:15:42Z").toEpochMilli();
    private static final long DAY = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli();

    private static String topic(InputKind kind) {
        return "cx." + kind.key();
    }

    // ---------------------------------------------------------------- inputs

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void sampleLinesMatchTheirSchemaExactlyWhenTheParserAcceptsThem(InputKind kind) throws IOException {
        String file = topic(kind) + ".jsonl";
        EventParser parser = new EventParser();
        ScoreFeedback scoreFeedback = new ScoreFeedback();
        scoreFeedback.open((OpenContext) null);
        ScoreReview scoreReview = new ScoreReview();
        scoreReview.open((OpenContext) null);

        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        List<byte[]> lines = lines(SAMPLE_DATA.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            if (line.length == 0) {
                continue; // the file reader skips empty lines
            }
            Envelope envelope = parser.parse(kind, SourcePosition.file(file, i + 1), line);
            List<String> schemaErrors = schemaErrors(topic(kind), line);
            if (envelope.isValid() != schemaErrors.isEmpty()) {
                disagreements.add(file + ":" + (i + 1) + " parser "
                        + (envelope.isValid() ? "accepts" : "rejects (" + envelope.error() + ")")
                        + ", schema " + (schemaErrors.isEmpty() ? "accepts" : "rejects " + schemaErrors));
            }
            if (envelope.isValid()) {
                accepted++;
                // What the job writes for the accepted line matches the output contract too.
                if (kind == InputKind.FEEDBACK) {
                    assertValid("cx.scored", OUT.scoredFeedback(scoreFeedback.map(envelope.feedback())));
                } else if (kind == InputKind.REVIEWS) {
                    assertValid("cx.scored", OUT.scoredReview(scoreReview.map(envelope.review())));
                }
            } else {
                rejected++;
                assertValid("cx.deadletter", OUT.deadLetter(DeadLetters.rejected(envelope, T)));
            }
        }
        assertTrue(disagreements.isEmpty(),
                disagreements.size() + " lines where parser and schema disagree:\n"
                        + String.join("\n", disagreements));
        assertTrue(accepted > 100, file + ": only " + accepted + " lines accepted");
        assertTrue(rejected > 0, file + ": no malformed line found");
    }

    static Stream<Arguments> handWrittenInputs() {
        String ts = "\"timestamp\":\"2026-03-10T08:15:42Z\"";
        String ok = "\"event_id\":\"x-1\"," + ts;
        InputKind f = InputKind.FEEDBACK;
        InputKind r = InputKind.REVIEWS;
        InputKind i = InputKind.INTERACTIONS;
        InputKind a = InputKind.ACCOUNTS;
        return Stream.of(
                // feedback
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":10}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":12345,\"nps\":0,\"comment\":null}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":9,\"campaign\":{\"id\":7}}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":null}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":-1}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":11}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":7.5}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\" \",\"nps\":7}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":1.5,\"nps\":7}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":7,\"comment\":5}"),
                Arguments.of(f, "{" + ok + ",\"customer_id\":\"C1\",\"nps\":7,\"channel\":true}"),
                Arguments.of(f, "{\"event_id\":\"\",\"timestamp\":1772412132000,\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":1772412132000,\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":1772412132,\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":4102444800000,\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-03-10T10:15:42+02:00\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-03-10T10:15:42.123-05:30\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-03-10T10:15Z\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-03-10T10:15:42\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-03-10 10:15:42Z\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"2026-13-10T10:15:42Z\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":\"yesterday\",\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "{\"event_id\":\"x\",\"timestamp\":null,\"customer_id\":\"C1\",\"nps\":7}"),
                Arguments.of(f, "[{\"event_id\":\"x\"}]"),
                Arguments.of(f, "\"just text\""),
                // reviews
                Arguments.of(r, "{" + ok + ",\"rating\":1,\"text\":\"bad\",\"source\":\"google\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":5,\"text\":\"good\",\"source\":\"google\",\"customer_id\":null}"),
                Arguments.of(r, "{" + ok + ",\"rating\":5,\"text\":\"good\",\"source\":\"google\",\"customer_id\":42}"),
                Arguments.of(r, "{" + ok + ",\"rating\":5,\"text\":\"good\",\"source\":\"google\",\"customer_id\":\"\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":0,\"text\":\"bad\",\"source\":\"google\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":6,\"text\":\"bad\",\"source\":\"google\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":3,\"text\":\"  \",\"source\":\"google\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":3,\"text\":\"ok\"}"),
                Arguments.of(r, "{" + ok + ",\"rating\":3,\"text\":\"ok\",\"source\":\"google\",\"title\":3}"),
                // interactions
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"purchase\",\"amount\":149.9}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"usage\",\"amount\":null}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"renewal\",\"amount\":100}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"purchase\",\"amount\":\"149.90\"}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"Purchase\"}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"\"}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":null}"),
                Arguments.of(i, "{" + ok + ",\"customer_id\":\"C1\",\"type\":\"usage\",\"product\":[\"fiber\"]}"),
                // accounts
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1,\"updated_at\":\"2026-03-01T00:00:00Z\"}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1,\"timestamp\":null,\"updated_at\":1772412132000}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1,\"timestamp\":\"2026-03-01T00:00:00Z\",\"updated_at\":\"last week\"}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1,\"timestamp\":\"last week\",\"updated_at\":\"2026-03-01T00:00:00Z\"}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1,\"updated_at\":\"last week\"}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":null," + ts + "}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":\"1\"," + ts + "}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"gold\",\"annual_value\":1.5," + ok + "}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"\",\"annual_value\":1.5," + ok + "}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1.5,\"event_id\":null,"
                        + "\"timestamp\":\"2026-03-01T00:00:00Z\"}"),
                Arguments.of(a, "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1.5,\"event_id\":\" \","
                        + "\"timestamp\":\"2026-03-01T00:00:00Z\"}"),
                Arguments.of(a, "{\"tier\":\"key\",\"annual_value\":1.5," + ok + "}"));
    }

    @ParameterizedTest
    @MethodSource("handWrittenInputs")
    void handWrittenInputsMatchTheirSchemaExactlyWhenTheParserAcceptsThem(InputKind kind, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Envelope envelope = new EventParser().parse(kind, SourcePosition.file("test", 1), bytes);
        List<String> schemaErrors = schemaErrors(topic(kind), bytes);
        assertEquals(envelope.isValid(), schemaErrors.isEmpty(),
                "parser: " + (envelope.isValid() ? "accepts" : envelope.error()) + ", schema: "
                        + (schemaErrors.isEmpty() ? "accepts" : schemaErrors) + "\n" + json);
    }

    // ---------------------------------------------------------------- outputs

    private static Sentiment sentiment(double score, String label) {
        return new Sentiment(score, label, "en",
                new SentimentTerm[] {new SentimentTerm("great", 2.5, 4, 9)});
    }

    private static FeedbackEvent feedback(String customerId, int nps, String comment, String extra) {
        return new FeedbackEvent("fb-000001", T, customerId, nps, comment, "phone", "fiber", "north",
                null, "agent-7", "en", extra);
    }

    private static ObjectNode scoredFeedback() {
        return OUT.scoredFeedback(new ScoredFeedback(
                feedback("C0007", 10, "The great support", null), "promoter",
                sentiment(0.5423, Sentiment.POSITIVE)));
    }

    private static ObjectNode scoredReview() {
        return OUT.scoredReview(new ScoredReview(
                new ReviewEvent("rv-000001", T, 2, "charged twice", "google", "Double charge",
                        "fiber", "center", "tel-aviv", "C0001", "en", null),
                new Sentiment(-0.61, Sentiment.NEGATIVE, "en", new SentimentTerm[0])));
    }

    private static ObjectNode rollup(long promoters, long passives, long detractors, long comments,
            Double meanSentiment) {
        NpsStatistics s = NpsStatistics.of(promoters, passives, detractors);
        return OUT.npsRollup(new NpsRollup("1d", DAY, DAY + 86_400_000L, "channel", "phone",
                s.responses(), promoters, passives, detractors, s.nps(), s.ciLow(), s.ciHigh(),
                s.marginOfError(), s.responses() < 30, comments, meanSentiment, 1));
    }

    private static DeadLetter deadLetter(SourcePosition position, String errorType, String payload,
            String encoding, Long eventTime) {
        return new DeadLetter(position, "feedback", errorType, "nps must be an integer 0-10, got 11",
                payload, encoding, eventTime, T + 5_000);
    }

    @Test
    void scoredFeedbackLayouts() {
        assertValid("cx.scored", scoredFeedback());
        // no comment, or an empty one: sentiment is null
        assertValid("cx.scored", OUT.scoredFeedback(
                new ScoredFeedback(feedback("C1", 3, null, null), "detractor", null)));
        ObjectNode blank = OUT.scoredFeedback(
                new ScoredFeedback(feedback("C1", 8, "", null), "passive", null));
        assertTrue(blank.get("sentiment").isNull());
        assertValid("cx.scored", blank);
        // unknown input fields travel in extra
        assertValid("cx.scored", OUT.scoredFeedback(new ScoredFeedback(
                feedback("12345", 7, "ok", "{\"campaign\":{\"id\":7},\"wave\":2}"), "passive",
                sentiment(0.0, Sentiment.NEUTRAL))));
    }

    @Test
    void scoredReviewLayouts() {
        assertValid("cx.scored", scoredReview());
        assertValid("cx.scored", OUT.scoredReview(new ScoredReview(
                new ReviewEvent("rv-2", T, 5, "אחלה חברה", "app_store", null, null, null, null,
                        null, null, "{\"app_version\":\"4.2\"}"),
                new Sentiment(0.7, Sentiment.POSITIVE, "he",
                        new SentimentTerm[] {new SentimentTerm("אחלה", 2.5, 0, 4)}))));
    }

    @Test
    void npsRollupLayouts() {
        ObjectNode rollup = rollup(55, 32, 20, 71, 0.25274);
        assertValid("cx.rollups.nps", rollup);
        assertValid("cx.rollups.nps", rollup(1, 0, 0, 0, null));
        assertValid("cx.rollups.nps", rollup(0, 0, 2, 1, -0.9)); // n = 2 all detractors
        assertValid("cx.rollups.nps", rollup(1, 0, 1, 2, 0.0)); // margin of error above 100
        assertEquals(32.71, rollup.get("nps").doubleValue());
        NpsRollup r = new NpsRollup("1d", DAY, DAY + 86_400_000L, "channel", "phone", 1, 1, 0, 0,
                100, -48.5, 98.5, 0, true, 0, null, 1);
        assertEquals("1d|channel|phone|2026-03-10T00:00:00Z", r.key());
        ObjectNode overall = OUT.npsRollup(new NpsRollup("1h", DAY, DAY + 3_600_000L, "overall",
                "all", 1, 1, 0, 0, 100, -48.5, 98.5, 0, true, 0, null, 3));
        assertValid("cx.rollups.nps", overall);
    }

    @Test
    void deadLetterLayouts() {
        SourcePosition file = SourcePosition.file("cx.feedback.jsonl", 1130);
        SourcePosition kafka = SourcePosition.kafka("cx.feedback", 3, 1042, T + 1_000);
        assertEquals("cx.feedback.jsonl:1130", file.toString());
        assertEquals("cx.feedback-3@1042", kafka.toString());

        assertValid("cx.deadletter", OUT.deadLetter(deadLetter(file, ParseError.INVALID_FIELD,
                "{\"nps\":11}", DeadLetters.UTF8, null)));
        assertValid("cx.deadletter", OUT.deadLetter(deadLetter(kafka, ParseError.LATE,
                "{\"nps\":1}", DeadLetters.UTF8, T - 86_400_000L)));
        assertValid("cx.deadletter", OUT.deadLetter(deadLetter(file, ParseError.LATE,
                "{\"nps\":1}", DeadLetters.UTF8, T - 86_400_000L)));

        // built the way the job builds them, from what the parser says
        EventParser parser = new EventParser();
        byte[][] payloads = {
            null,
            new byte[0],
            {(byte) 0xC3, (byte) 0x28},
            "not json".getBytes(StandardCharsets.UTF_8),
            "[]".getBytes(StandardCharsets.UTF_8),
            "{\"event_id\":\"x\"}".getBytes(StandardCharsets.UTF_8),
            "{\"event_id\":\"x\",\"timestamp\":\"yesterday\",\"customer_id\":\"C1\",\"nps\":1}"
                    .getBytes(StandardCharsets.UTF_8),
        };
        for (byte[] payload : payloads) {
            Envelope rejected = parser.parse(InputKind.FEEDBACK, kafka, payload);
            assertTrue(!rejected.isValid(), Arrays.toString(payload));
            ObjectNode node = OUT.deadLetter(DeadLetters.rejected(rejected, T));
            assertValid("cx.deadletter", node);
        }
        Envelope accepted = parser.parse(InputKind.FEEDBACK, kafka,
                "{\"event_id\":\"x\",\"timestamp\":1772412132000,\"customer_id\":\"C1\",\"nps\":1}"
                        .getBytes(StandardCharsets.UTF_8));
        assertValid("cx.deadletter", OUT.deadLetter(DeadLetters.of(accepted,
                new ParseError(ParseError.LATE, "event time ... its windows are closed"), T)));
        assertValid("cx.deadletter", OUT.deadLetter(DeadLetters.of(accepted,
                new ParseError(ParseError.DUPLICATE, "event_id x was already read"), T)));
        assertValid("cx.deadletter", OUT.deadLetter(DeadLetters.processingError(accepted,
                "scoring", new IllegalStateException("broken"), T)));
        assertValid("cx.deadletter", OUT.deadLetter(DeadLetters.derived("cx.rollups.nps",
                "1d|overall|all|2026-03-01T00:00:00Z", "NpsRollup[...]",
                new IllegalStateException("broken"), T)));
    }

    @Test
    void brokenOutputRecordsFail() {
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.remove("nps_class"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("nps_class", "fan"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("nps_class", "detractor"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("kind", "survey"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("kind", "review"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("nps", 11));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.putNull("sentiment"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("timestamp", "2026-03-10T10:15:42+02:00"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK,
                n -> ((ObjectNode) n.get("sentiment")).put("label", "great"));
        broken("cx.scored", OutputJsonCase.SCORED_FEEDBACK, n -> n.put("surprise", 1));
        broken("cx.scored", OutputJsonCase.SCORED_REVIEW, n -> n.remove("rating"));
        broken("cx.scored", OutputJsonCase.SCORED_REVIEW, n -> n.putNull("sentiment"));
        broken("cx.scored", OutputJsonCase.SCORED_REVIEW, n -> n.put("nps", 9));
        broken("cx.scored", OutputJsonCase.SCORED_REVIEW, n -> n.put("extra", "text"));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.remove("revision"));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.put("revision", 0));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.put("dimension", "country"));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.putNull("mean_sentiment"));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.put("nps", 120.0));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.put("low_sample", "no"));
        broken("cx.rollups.nps", OutputJsonCase.ROLLUP, n -> n.put("extra", 1));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("error_type", "bogus"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("payload_encoding", "gzip"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("payload_encoding", "base64"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.remove("reason"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("input", "review"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("partition", 0).put("offset", 1));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.remove("line"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("event_time", "2026-03-10T08:15:42Z"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("error_type", "late"));
        broken("cx.deadletter", OutputJsonCase.DEAD_LETTER, n -> n.put("input", "derived"));
    }

    private enum OutputJsonCase { SCORED_FEEDBACK, SCORED_REVIEW, ROLLUP, DEAD_LETTER }

    private static void broken(String topic, OutputJsonCase base, Consumer<ObjectNode> damage) {
        ObjectNode node = switch (base) {
            case SCORED_FEEDBACK -> scoredFeedback();
            case SCORED_REVIEW -> scoredReview();
            case ROLLUP -> rollup(55, 32, 20, 71, 0.25274);
            case DEAD_LETTER -> OUT.deadLetter(deadLetter(SourcePosition.file("cx.feedback.jsonl", 7),
                    ParseError.INVALID_FIELD, "{\"nps\":11}", DeadLetters.UTF8, null));
        };
        assertValid(topic, node);
        damage.accept(node);
        assertInvalid(topic, node);
    }

    @Test
    void everyTopicHasASchemaWithItsId() throws IOException {
        for (String topic : List.of("cx.feedback", "cx.reviews", "cx.interactions", "cx.accounts",
                "cx.scored", "cx.rollups.nps", "cx.deadletter")) {
            JsonNode schema = JSON.readTree(Files.readAllBytes(SchemaAssertions.schemaFile(topic)));
            assertEquals("https://cx-pulse.io/schemas/" + topic + ".schema.json",
                    schema.path("$id").asText());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertTrue(schema.path("title").isTextual(), topic);
            SchemaAssertions.schema(topic);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Schema errors for raw bytes; bytes that are not UTF-8 JSON cannot match any schema. */
    private static List<String> schemaErrors(String topic, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of("not UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return List.of("no JSON value");
        }
        return errors(topic, node);
    }

    /** The file's lines as bytes, without line ends, as the file reader splits them. */
    private static List<byte[]> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i < bytes.length || end > start) {
                    lines.add(Arrays.copyOfRange(bytes, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
