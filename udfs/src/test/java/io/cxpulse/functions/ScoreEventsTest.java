package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.Timestamps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.accumulators.Accumulator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreEventsTest {

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;

    /** The bundled scorer, except that it throws for the comment {@code boom}. */
    static final class ThrowingOnBoom extends ScoreEvents {
        ThrowingOnBoom() {
            super(null, "cx.scored");
        }

        @Override
        protected SentimentScorer scorer(UserLexicon lexicon) {
            SentimentScorer bundled = super.scorer(lexicon);
            return (text, language) -> {
                if (text.equals("boom")) {
                    throw new IllegalStateException("scorer broke on this text");
                }
                return bundled.score(text, language);
            };
        }
    }

    private final EventParser parser = new EventParser();
    private OneInputStreamOperatorTestHarness<Envelope, ScoredFeedback> harness;
    private long line = 1;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new ThrowingOnBoom());
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static String feedback(String id, String comment) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + Timestamps.format(T0)
                + "\",\"customer_id\":\"C0001\",\"nps\":9,\"comment\":\"" + comment + "\"}";
    }

    private Envelope read(InputKind kind, String json) {
        return parser.parse(kind, SourcePosition.file("cx." + kind.key() + ".jsonl", line++),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private void send(Envelope e) throws Exception {
        harness.processElement(e, e.eventTime());
    }

    private <T> List<T> side(OutputTag<T> tag) {
        var queue = harness.getSideOutput(tag);
        return queue == null ? List.of() : queue.stream().map(StreamRecord::getValue).toList();
    }

    private List<String> scoredIds() {
        return harness.extractOutputValues().stream().map(s -> s.event().eventId()).toList();
    }

    private Map<String, Long> accumulators() {
        Map<String, Long> values = new TreeMap<>();
        for (Map.Entry<String, Accumulator<?, ?>> e :
                harness.getEnvironment().getAccumulatorRegistry().getUserMap().entrySet()) {
            values.put(e.getKey(), ((Number) e.getValue().getLocalValue()).longValue());
        }
        return values;
    }

    @Test
    void recordWhoseScoringThrowsIsDeadLetteredWithItsRawPayloadAndTheOthersGoOn()
            throws Exception {
        String bad = feedback("fb-2", "boom");
        send(read(InputKind.FEEDBACK, feedback("fb-1", "great service")));
        send(read(InputKind.FEEDBACK, bad));
        send(read(InputKind.FEEDBACK, feedback("fb-3", "slow and rude")));

        assertEquals(List.of("fb-1", "fb-3"), scoredIds());
        assertEquals(List.of("fb-1", "fb-3"),
                side(ScoreEvents.SCORED).stream().map(OutputRecord::key).toList());
        List<DeadLetter> dead = side(ScoreEvents.DEAD_LETTERS);
        assertEquals(1, dead.size());
        DeadLetter d = dead.get(0);
        assertEquals("processing_error", d.errorType());
        assertEquals(bad, d.payload());
        assertEquals(SourcePosition.file("cx.feedback.jsonl", 2), d.position());
        assertTrue(d.reason().startsWith("scoring failed: java.lang.IllegalStateException: "
                + "scorer broke on this text"), d.reason());
        assertEquals(Map.of(
                        "input|accepted|cx.feedback.jsonl", 2L,
                        "input|dead_letter:processing_error|cx.feedback.jsonl", 1L),
                accumulators());
    }

    @Test
    void recordThatCannotBeEncodedForTheScoredTopicIsDeadLetteredNotAnalysed() throws Exception {
        String deep = "[".repeat(1_200) + "]".repeat(1_200);
        FeedbackEvent event = new FeedbackEvent("fb-deep", T0, "C0001", 9, null, null, null,
                null, null, null, null, "{\"x\":" + deep + "}");
        byte[] raw = "{\"event_id\":\"fb-deep\"}".getBytes(StandardCharsets.UTF_8);
        send(new Envelope(InputKind.FEEDBACK, SourcePosition.file("cx.feedback.jsonl", 7), raw,
                T0, event, null, null, null, null));
        send(read(InputKind.FEEDBACK, feedback("fb-ok", "fine")));

        assertEquals(List.of("fb-ok"), scoredIds());
        assertEquals(1, side(ScoreEvents.SCORED).size());
        DeadLetter d = side(ScoreEvents.DEAD_LETTERS).get(0);
        assertEquals("processing_error", d.errorType());
        assertEquals("{\"event_id\":\"fb-deep\"}", d.payload());
        assertTrue(d.reason().startsWith("encoding for cx.scored failed: "), d.reason());
        assertTrue(d.reason().contains("StreamConstraintsException"), d.reason());
    }

    @Test
    void reviewsAreScoredAndTheOtherKindsPassOnUnchanged() throws Exception {
        send(read(InputKind.REVIEWS, "{\"event_id\":\"rv-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                + "\"rating\":2,\"text\":\"terrible support\",\"source\":\"google\"}"));
        send(read(InputKind.INTERACTIONS, "{\"event_id\":\"ix-1\","
                + "\"timestamp\":\"2026-03-01T10:15:00Z\",\"customer_id\":\"C0001\","
                + "\"type\":\"support_ticket\"}"));
        send(read(InputKind.ACCOUNTS, "{\"customer_id\":\"C0001\","
                + "\"updated_at\":\"2026-03-01T10:15:00Z\",\"tier\":\"key\",\"annual_value\":1000}"));

        assertEquals(Sentiment.NEGATIVE, side(ScoreEvents.REVIEWS).get(0).sentiment().label());
        assertEquals(List.of("rv-1"), side(ScoreEvents.SCORED).stream().map(OutputRecord::key).toList());
        assertEquals("ix-1", side(ScoreEvents.INTERACTIONS).get(0).eventId());
        assertEquals("C0001", side(ScoreEvents.ACCOUNTS).get(0).customerId());
        assertTrue(side(ScoreEvents.DEAD_LETTERS).isEmpty());
        assertTrue(scoredIds().isEmpty());
    }

    @Test
    void recordTooLargeForAKafkaRequestIsDeadLetteredInsteadOfFailingTheSink() throws Exception {
        try (var small = ProcessFunctionTestHarnesses.forProcessFunction(
                new ScoreEvents(null, "cx.scored", ScoreEvents.RECORD_OVERHEAD + 400))) {
            String big = feedback("fb-big", "slow ".repeat(100));
            String fits = feedback("fb-small", "slow");
            small.processElement(read(InputKind.FEEDBACK, big), T0);
            small.processElement(read(InputKind.FEEDBACK, fits), T0);

            assertEquals(List.of("fb-small"),
                    small.extractOutputValues().stream().map(s -> s.event().eventId()).toList());
            DeadLetter d = small.getSideOutput(ScoreEvents.DEAD_LETTERS).poll().getValue();
            assertEquals(big, d.payload());
            assertTrue(d.reason().contains("more than the 400 that fit in a Kafka request of 1424"
                    + " bytes (max.request.size)"), d.reason());
        }
    }

    /** Comments no test of the scorer was written for: each must be scored or dead-lettered. */
    static List<String> hostileComments(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> comments = new java.util.ArrayList<>(List.of(
                "a".repeat(300_000),
                "לא ".repeat(50_000),
                "\ud83d\ude21".repeat(20_000),
                "\ud800 lone high surrogate", "lone low \udc00",
                "\u0000\u0001\u0007 control characters",
                "\u202e\u200f\u200d mixed direction marks",
                "not not not not not not not good",
                "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
                "<script>alert(1)</script> \\ \" '"));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int j = 0; j < length; j++) {
                text.append((char) random.nextInt(0x10000));
            }
            comments.add(text.toString());
        }
        return comments;
    }

    @Test
    void everyHostileCommentIsScoredOrDeadLetteredAndTheHarnessNeverThrows() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> comments = hostileComments(11);
        for (int i = 0; i < comments.size(); i++) {
            var json = mapper.createObjectNode().put("event_id", "fb-" + i)
                    .put("timestamp", Timestamps.format(T0)).put("customer_id", "C1").put("nps", 5)
                    .put("comment", comments.get(i));
            byte[] bytes = new String(mapper.writeValueAsBytes(json), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
            Envelope e = parser.parse(InputKind.FEEDBACK,
                    SourcePosition.file("cx.feedback.jsonl", i + 1), bytes);
            if (e.isValid()) {
                send(e);
            }
        }
        long sent = accumulators().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(sent > 200, "most hostile lines parse: " + sent);
        assertEquals(sent, harness.extractOutputValues().size() + side(ScoreEvents.DEAD_LETTERS).size());
        assertEquals(harness.extractOutputValues().size(), side(ScoreEvents.SCORED).size());
    }
}
