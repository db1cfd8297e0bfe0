package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteEventsTest {

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;

    private final EventParser parser = new EventParser();
    private OneInputStreamOperatorTestHarness<Envelope, Envelope> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(newRouteEvents());
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static RouteEvents newRouteEvents() {
        return new RouteEvents(Duration.ofMinutes(5), Duration.ofHours(1));
    }

    private Envelope envelope(InputKind kind, SourcePosition position, String json) {
        return parser.parse(kind, position, json.getBytes(StandardCharsets.UTF_8));
    }

    private static SourcePosition feedbackPartition(int partition, long offset) {
        return SourcePosition.kafka("cx.feedback", partition, offset, T0);
    }

    static String feedbackJson(String id, long time, int nps) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + Timestamps.format(time)
                + "\",\"customer_id\":\"C0001\",\"nps\":" + nps + "}";
    }

    private Envelope feedback(String id, long time, int partition, long offset) {
        return envelope(InputKind.FEEDBACK, feedbackPartition(partition, offset),
                feedbackJson(id, time, 9));
    }

    private static void send(OneInputStreamOperatorTestHarness<Envelope, Envelope> h,
            Envelope e) throws Exception {
        h.processElement(e, e.isValid() ? e.eventTime() : 0L);
    }

    private static <T> List<T> side(
            OneInputStreamOperatorTestHarness<Envelope, Envelope> h, OutputTag<T> tag) {
        var queue = h.getSideOutput(tag);
        return queue == null
                ? List.of()
                : queue.stream().map(StreamRecord::getValue).collect(Collectors.toList());
    }

    private static List<String> feedbackIds(
            OneInputStreamOperatorTestHarness<Envelope, Envelope> h) {
        return passed(h, InputKind.FEEDBACK, Envelope::feedback).stream()
                .map(FeedbackEvent::eventId).toList();
    }

    /** The events of one kind passed on, in order. */
    private static <T> List<T> passed(OneInputStreamOperatorTestHarness<Envelope, Envelope> h,
            InputKind kind, java.util.function.Function<Envelope, T> event) {
        return h.extractOutputValues().stream().filter(e -> e.kind() == kind).map(event).toList();
    }

    @Test
    void feedbackIsPassedOn() throws Exception {
        send(harness, feedback("fb-1", T0, 0, 1));
        List<FeedbackEvent> out = passed(harness, InputKind.FEEDBACK, Envelope::feedback);
        assertEquals(1, out.size());
        assertEquals("fb-1", out.get(0).eventId());
        assertEquals(9, out.get(0).nps());
        assertTrue(side(harness, RouteEvents.DEAD_LETTERS).isEmpty());
        assertTrue(passed(harness, InputKind.REVIEWS, Envelope::review).isEmpty());
    }

    @Test
    void everyKindIsPassedOnWithItsEvent() throws Exception {
        send(harness, envelope(InputKind.REVIEWS, SourcePosition.kafka("cx.reviews", 0, 1, T0),
                "{\"event_id\":\"rv-1\",\"timestamp\":\"2026-03-01T10:15:00Z\",\"rating\":2,"
                        + "\"text\":\"slow\",\"source\":\"google\"}"));
        send(harness, envelope(InputKind.INTERACTIONS,
                SourcePosition.kafka("cx.interactions", 0, 1, T0),
                "{\"event_id\":\"ix-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                        + "\"customer_id\":\"C0001\",\"type\":\"support_ticket\"}"));
        send(harness, envelope(InputKind.ACCOUNTS, SourcePosition.kafka("cx.accounts", 0, 1, T0),
                "{\"customer_id\":\"C0001\",\"updated_at\":\"2026-03-01T10:15:00Z\","
                        + "\"tier\":\"key\",\"annual_value\":1000}"));

        List<ReviewEvent> reviews = passed(harness, InputKind.REVIEWS, Envelope::review);
        List<InteractionEvent> interactions = passed(harness, InputKind.INTERACTIONS, Envelope::interaction);
        List<AccountEvent> accounts = passed(harness, InputKind.ACCOUNTS, Envelope::account);
        assertEquals(List.of("rv-1"), reviews.stream().map(ReviewEvent::eventId).toList());
        assertEquals(List.of("support_ticket"),
                interactions.stream().map(InteractionEvent::type).toList());
        assertEquals(List.of("C0001"), accounts.stream().map(AccountEvent::customerId).toList());
        assertTrue(feedbackIds(harness).isEmpty(), "no feedback among them");
        assertTrue(side(harness, RouteEvents.DEAD_LETTERS).isEmpty());
    }

    @Test
    void validEventIsPassedOnWithItsRawPayloadForLaterDeadLetters() throws Exception {
        String raw = feedbackJson("fb-1", T0, 9);
        send(harness, envelope(InputKind.FEEDBACK, feedbackPartition(0, 1), raw));
        assertEquals(raw, new String(harness.extractOutputValues().get(0).payload(),
                StandardCharsets.UTF_8));
    }

    @Test
    void invalidRecordBecomesADeadLetterWithItsPayload() throws Exception {
        String raw = "{\"event_id\":\"fb-9\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                + "\"customer_id\":\"C0001\",\"nps\":\"9\"}";
        SourcePosition position = feedbackPartition(2, 17);
        send(harness, envelope(InputKind.FEEDBACK, position, raw));

        assertTrue(harness.extractOutputValues().isEmpty());
        List<DeadLetter> dead = side(harness, RouteEvents.DEAD_LETTERS);
        assertEquals(1, dead.size());
        DeadLetter d = dead.get(0);
        assertEquals("invalid_field", d.errorType());
        assertEquals("nps must be an integer 0-10, got \"9\"", d.reason());
        assertEquals("feedback", d.input());
        assertEquals(position, d.position());
        assertEquals(raw, d.payload());
        assertEquals("utf-8", d.payloadEncoding());
        assertNull(d.eventTime());
    }

    @Test
    void invalidRecordDoesNotAdvanceItsSplit() throws Exception {
        send(harness, feedback("fb-1", T0, 0, 1));
        // a broken record carries no event time, so it cannot push the split forward
        send(harness, envelope(InputKind.FEEDBACK, feedbackPartition(0, 2), "{not json"));
        send(harness, feedback("fb-3", T0 - 30 * MINUTE, 0, 3));
        assertEquals(List.of("fb-1", "fb-3"), feedbackIds(harness));
    }

    @Test
    void eventTooFarBehindItsSplitIsDeadLetteredAsLate() throws Exception {
        send(harness, feedback("fb-new", T0, 0, 1));
        Envelope old = feedback("fb-old", T0 - 2 * HOUR, 0, 2);
        send(harness, old);

        assertEquals(List.of("fb-new"), feedbackIds(harness));
        List<DeadLetter> dead = side(harness, RouteEvents.DEAD_LETTERS);
        assertEquals(1, dead.size());
        DeadLetter d = dead.get(0);
        assertEquals("late", d.errorType());
        assertEquals("event time 2026-03-01T08:15:00Z is more than the allowed lateness (1h)"
                + " behind the watermark 2026-03-01T10:09:59.999Z; its windows are closed",
                d.reason());
        assertEquals(T0 - 2 * HOUR, d.eventTime());
        assertEquals(new String(old.payload(), StandardCharsets.UTF_8), d.payload());
        assertEquals(feedbackPartition(0, 2), d.position());
    }

    @Test
    void outOfOrderEventWithinTheAllowedLatenessIsAccepted() throws Exception {
        send(harness, feedback("fb-new", T0, 0, 1));
        send(harness, feedback("fb-older", T0 - 65 * MINUTE + 1, 0, 2));
        assertEquals(List.of("fb-new", "fb-older"), feedbackIds(harness));
        assertTrue(side(harness, RouteEvents.DEAD_LETTERS).isEmpty());
    }

    @Test
    void lateReasonNamesAnotherAllowedLateness() throws Exception {
        var h = ProcessFunctionTestHarnesses.forProcessFunction(
                new RouteEvents(Duration.ZERO, Duration.ofMinutes(90)));
        try {
            send(h, feedback("fb-new", T0, 0, 1));
            send(h, feedback("fb-old", T0 - 3 * HOUR, 0, 2));
            DeadLetter d = side(h, RouteEvents.DEAD_LETTERS).get(0);
            assertTrue(d.reason().contains("allowed lateness (1h30m)"), d.reason());
        } finally {
            h.close();
        }
    }

    @Test
    void partitionsOfTheSameTopicAreJudgedSeparately() throws Exception {
        send(harness, feedback("fb-p0", T0, 0, 1));
        send(harness, feedback("fb-p1", T0 - 2 * HOUR, 1, 1));
        assertEquals(List.of("fb-p0", "fb-p1"), feedbackIds(harness));
    }

    @Test
    void jobWatermarkMakesOldEventsLateOnAnySplit() throws Exception {
        harness.processWatermark(T0);
        send(harness, envelope(InputKind.REVIEWS, SourcePosition.kafka("cx.reviews", 4, 1, T0),
                "{\"event_id\":\"rv-old\",\"timestamp\":\"2026-03-01T08:00:00Z\",\"rating\":5,"
                        + "\"text\":\"great\",\"source\":\"google\"}"));
        assertTrue(passed(harness, InputKind.REVIEWS, Envelope::review).isEmpty());
        List<DeadLetter> dead = side(harness, RouteEvents.DEAD_LETTERS);
        assertEquals(1, dead.size());
        assertEquals("late", dead.get(0).errorType());
        assertEquals("reviews", dead.get(0).input());
        assertTrue(dead.get(0).reason().contains("behind the watermark 2026-03-01T10:15:00Z"),
                dead.get(0).reason());
    }

    @Test
    void lateIsJudgedAgainstTheWindowsWatermarkNotTheFasterOneArrivingHere() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new RouteEvents(
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofMinutes(30)))) {
            h.processWatermark(T0 + HOUR / 2);           // the windows' watermark is T0
            send(h, review("rv-within", "2026-03-01T09:20:00Z"));
            send(h, review("rv-late", "2026-03-01T09:10:00Z"));
            assertEquals(List.of("rv-within"), passed(h, InputKind.REVIEWS, Envelope::review).stream()
                    .map(ReviewEvent::eventId).toList());
            List<DeadLetter> dead = side(h, RouteEvents.DEAD_LETTERS);
            assertEquals(1, dead.size());
            assertTrue(dead.get(0).reason().contains("behind the watermark 2026-03-01T10:15:00Z"),
                    dead.get(0).reason());
        }
    }

    private Envelope review(String id, String time) {
        return envelope(InputKind.REVIEWS, SourcePosition.kafka("cx.reviews", 4, 1, T0),
                "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"rating\":5,"
                        + "\"text\":\"great\",\"source\":\"google\"}");
    }

    @Test
    void accountsAreNeverLate() throws Exception {
        harness.processWatermark(T0);
        SourcePosition position = SourcePosition.kafka("cx.accounts", 0, 5, T0);
        send(harness, envelope(InputKind.ACCOUNTS, position,
                "{\"customer_id\":\"C0002\",\"updated_at\":\"2026-03-01T10:00:00Z\","
                        + "\"tier\":\"standard\",\"annual_value\":10}"));
        send(harness, envelope(InputKind.ACCOUNTS, position,
                "{\"customer_id\":\"C0001\",\"updated_at\":\"2024-07-23T04:06:40Z\","
                        + "\"tier\":\"key\",\"annual_value\":1000}"));
        assertEquals(List.of("C0002", "C0001"), passed(harness, InputKind.ACCOUNTS, Envelope::account).stream()
                .map(AccountEvent::customerId).toList());
        assertTrue(side(harness, RouteEvents.DEAD_LETTERS).isEmpty());
    }

    @Test
    void splitProgressSurvivesSnapshotAndRestore() throws Exception {
        send(harness, feedback("fb-new", T0, 0, 1));
        OperatorSubtaskState snapshot = harness.snapshot(0, 0);

        Envelope old = feedback("fb-old", T0 - 2 * HOUR, 0, 2);
        try (var restored = new OneInputStreamOperatorTestHarness<Envelope, Envelope>(
                new ProcessOperator<>(newRouteEvents()))) {
            restored.initializeState(snapshot);
            restored.open();
            send(restored, old);
            send(restored, feedback("fb-ok", T0 - 30 * MINUTE, 0, 3));

            assertEquals(List.of("fb-ok"), feedbackIds(restored));
            List<DeadLetter> dead = side(restored, RouteEvents.DEAD_LETTERS);
            assertEquals(1, dead.size());
            assertEquals("late", dead.get(0).errorType());
            assertEquals(T0 - 2 * HOUR, dead.get(0).eventTime());
        }

        try (var fresh = ProcessFunctionTestHarnesses.forProcessFunction(newRouteEvents())) {
            send(fresh, old);
            assertEquals(List.of("fb-old"), feedbackIds(fresh),
                    "without the restored progress the same event is accepted");
        }
    }

    @Test
    void restoredProgressCoversEverySplitSeenBeforeTheSnapshot() throws Exception {
        send(harness, feedback("a", T0, 0, 1));
        send(harness, envelope(InputKind.FEEDBACK, SourcePosition.file("feedback.jsonl", 1),
                feedbackJson("b", T0 + HOUR, 9)));
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = new OneInputStreamOperatorTestHarness<Envelope, Envelope>(
                new ProcessOperator<>(newRouteEvents()))) {
            restored.initializeState(snapshot);
            restored.open();
            send(restored, envelope(InputKind.FEEDBACK, SourcePosition.file("feedback.jsonl", 2),
                    feedbackJson("file-old", T0 - 10 * MINUTE, 9)));
            send(restored, feedback("p0-old", T0 - 2 * HOUR, 0, 2));
            send(restored, feedback("p1-old", T0 - 2 * HOUR, 1, 1));

            assertEquals(List.of("p1-old"), feedbackIds(restored));
            assertEquals(
                    List.of(SourcePosition.file("feedback.jsonl", 2), feedbackPartition(0, 2)),
                    side(restored, RouteEvents.DEAD_LETTERS).stream()
                            .map(DeadLetter::position).toList());
        }
    }
}
