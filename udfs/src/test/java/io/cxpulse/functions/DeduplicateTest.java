package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateTest {

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;
    static final Duration HORIZON = Duration.ofHours(24);

    private final EventParser parser = new EventParser();
    private KeyedOneInputStreamOperatorTestHarness<String, Envelope, Envelope> harness;
    private long offset;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new Deduplicate(HORIZON), Deduplicate::keyOf, Types.STRING);
        harness.setStateTtlProcessingTime(0L);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private Envelope read(InputKind kind, String json) {
        return parser.parse(kind, SourcePosition.kafka("cx." + kind.key(), 0, offset++, T0),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static String feedback(String id, int nps) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + Timestamps.format(T0)
                + "\",\"customer_id\":\"C0001\",\"nps\":" + nps + "}";
    }

    private static String review(String id) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + Timestamps.format(T0)
                + "\",\"rating\":2,\"text\":\"slow\",\"source\":\"google\"}";
    }

    private void send(Envelope e) throws Exception {
        harness.processElement(e, e.eventTime());
    }

    private List<String> passedKeys() {
        return harness.extractOutputValues().stream().map(Deduplicate::keyOf).toList();
    }

    private List<DeadLetter> deadLetters() {
        var queue = harness.getSideOutput(Deduplicate.DEAD_LETTERS);
        return queue == null ? List.of() : queue.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void repeatOfAnEventIdBecomesADuplicateDeadLetterWithItsRawPayload() throws Exception {
        send(read(InputKind.FEEDBACK, feedback("fb-1", 9)));
        String repeat = feedback("fb-1", 3);
        send(read(InputKind.FEEDBACK, repeat));

        assertEquals(List.of("feedback:fb-1"), passedKeys());
        assertEquals(9, harness.extractOutputValues().get(0).feedback().nps(), "the first one wins");
        List<DeadLetter> dead = deadLetters();
        assertEquals(1, dead.size());
        DeadLetter d = dead.get(0);
        assertEquals("duplicate", d.errorType());
        assertEquals("feedback", d.input());
        assertEquals(repeat, d.payload());
        assertEquals("utf-8", d.payloadEncoding());
        assertEquals(SourcePosition.kafka("cx.feedback", 0, 1, T0), d.position());
        assertTrue(d.reason().contains("fb-1"), d.reason());
    }

    @Test
    void distinctEventIdsAllPass() throws Exception {
        send(read(InputKind.FEEDBACK, feedback("fb-1", 9)));
        send(read(InputKind.FEEDBACK, feedback("fb-2", 9)));
        send(read(InputKind.FEEDBACK, feedback("fb-3", 9)));

        assertEquals(List.of("feedback:fb-1", "feedback:fb-2", "feedback:fb-3"), passedKeys());
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void sameEventIdOnDifferentInputTopicsBothPass() throws Exception {
        send(read(InputKind.FEEDBACK, feedback("ev-1", 9)));
        send(read(InputKind.REVIEWS, review("ev-1")));

        assertEquals(List.of("feedback:ev-1", "reviews:ev-1"), passedKeys());
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void accountRecordsWithoutEventIdAreDeduplicatedOnTheirDerivedId() throws Exception {
        String account = "{\"customer_id\":\"C0001\",\"updated_at\":\"2026-03-01T10:15:00Z\","
                + "\"tier\":\"key\",\"annual_value\":1000}";
        send(read(InputKind.ACCOUNTS, account));
        send(read(InputKind.ACCOUNTS, account));
        send(read(InputKind.ACCOUNTS, account.replace("10:15:00Z", "11:15:00Z")));

        assertEquals(2, harness.extractOutputValues().size());
        assertEquals(1, deadLetters().size());
        assertEquals("accounts", deadLetters().get(0).input());
    }

    @Test
    void eventIdIsForgottenAfterTheHorizon() throws Exception {
        send(read(InputKind.FEEDBACK, feedback("fb-1", 9)));
        send(read(InputKind.FEEDBACK, feedback("fb-2", 9)));
        assertEquals(2, harness.numKeyedStateEntries());

        harness.setStateTtlProcessingTime(HORIZON.toMillis() + 1);
        send(read(InputKind.FEEDBACK, feedback("fb-1", 7)));

        assertEquals(List.of("feedback:fb-1", "feedback:fb-2", "feedback:fb-1"), passedKeys(),
                "a repeat after the horizon counts again");
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void expiredIdsLeaveTheStateAsNewOnesArrive() throws Exception {
        // new ids at random gaps averaging a hundredth of the horizon, over twenty horizons:
        // about 100 unexpired at a time. Each id's two state accesses check at least one
        // entry each in a cycle over the state, so at most about as many expired entries wait
        // as are unexpired: the state stays near 2 x 100, whatever the length of the input.
        java.util.Random random = new java.util.Random(29);
        long horizon = HORIZON.toMillis();
        java.util.ArrayDeque<Long> unexpired = new java.util.ArrayDeque<>();
        long time = 0;
        int most = 0;
        for (int i = 0; i < 2_000; i++) {
            time += 1 + random.nextInt((int) (horizon / 50));
            harness.setStateTtlProcessingTime(time);
            send(read(InputKind.FEEDBACK, feedback("fb-" + i, 7)));
            unexpired.addLast(time);
            while (unexpired.peekFirst() + horizon <= time) {
                unexpired.removeFirst();
            }
            if (time > horizon) {
                int entries = harness.numKeyedStateEntries();
                most = Math.max(most, entries);
                assertTrue(entries <= 2 * unexpired.size() + 8, "at id " + i + ": " + entries
                        + " entries for " + unexpired.size() + " unexpired ids");
            }
        }
        assertEquals(2_000, harness.extractOutputValues().size(), "every id is new");
        assertTrue(most < 400, "at most " + most + " entries held");
    }

    @Test
    void horizonMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Deduplicate(Duration.ZERO));
    }

    @Test
    void keyNamesKindAndEventId() {
        Envelope e = read(InputKind.FEEDBACK, feedback("fb-7", 9));
        assertEquals("feedback:fb-7", Deduplicate.keyOf(e));
        assertNull(read(InputKind.FEEDBACK, "{}").feedback());
    }
}
