package io.cxpulse.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordsTest {

    static final long T0 = 1_772_360_100_000L;

    @Test
    void kafkaPositionNamesTopicPartitionAndOffset() {
        SourcePosition p = SourcePosition.kafka("cx.feedback", 2, 99L, T0);
        assertEquals("cx.feedback-2@99", p.toString());
        assertEquals("cx.feedback-2", p.splitId());
        assertNull(p.line());
        assertEquals(T0, p.recordTimestamp());
    }

    @Test
    void filePositionNamesFileAndLine() {
        SourcePosition p = SourcePosition.file("cx.feedback.jsonl", 12);
        assertEquals("cx.feedback.jsonl:12", p.toString());
        assertEquals("cx.feedback.jsonl", p.splitId());
        assertNull(p.partition());
        assertNull(p.offset());
        assertNull(p.recordTimestamp());
    }

    @Test
    void partitionsOfOneTopicAreDifferentSplits() {
        assertNotEquals(SourcePosition.kafka("t", 0, 5, T0).splitId(),
                SourcePosition.kafka("t", 1, 5, T0).splitId());
        assertEquals(SourcePosition.kafka("t", 0, 5, T0).splitId(),
                SourcePosition.kafka("t", 0, 6, T0 + 1).splitId());
    }

    @Test
    void inputKindKeysAreLowerCase() {
        assertEquals("feedback", InputKind.FEEDBACK.key());
        assertEquals("reviews", InputKind.REVIEWS.key());
        assertEquals("interactions", InputKind.INTERACTIONS.key());
        assertEquals("accounts", InputKind.ACCOUNTS.key());
    }

    @Test
    void failedEnvelopeHasNoEventAndNoEventTime() {
        ParseError error = new ParseError(ParseError.EMPTY, "the record is empty");
        Envelope e = Envelope.failed(InputKind.REVIEWS, SourcePosition.file("f", 1), new byte[0], error);
        assertFalse(e.isValid());
        assertEquals(error, e.error());
        assertEquals(Long.MIN_VALUE, e.eventTime());
        assertNull(e.review());
    }

    @Test
    void envelopeWithoutErrorIsValid() {
        Envelope e = new Envelope(InputKind.FEEDBACK, SourcePosition.file("f", 1), new byte[] {1},
                T0, null, null, null, null, null);
        assertTrue(e.isValid());
    }

    @Test
    void feedbackDimensionsByName() {
        FeedbackEvent e = new FeedbackEvent("fb-1", T0, "C1", 9, "ok", "app", "fiber", "north",
                "TLV", "A7", "he", null);
        assertEquals("app", e.dimension("channel"));
        assertEquals("fiber", e.dimension("product"));
        assertEquals("north", e.dimension("region"));
        assertEquals("TLV", e.dimension("store"));
        assertEquals("A7", e.dimension("agent"));
        assertEquals("he", e.dimension("language"));
        assertNull(e.dimension("comment"), "the comment is not a segment");
        assertNull(e.dimension("customer_id"));
    }

    @Test
    void rollupKeyUsesWindowDimensionValueAndUtcStart() {
        NpsRollup r = new NpsRollup("1d", 1_772_323_200_000L, 1_772_409_600_000L, "region",
                "north", 0, 0, 0, 0, 0, -100, 100, 100, true, 0, null, 1);
        assertEquals("1d|region|north|2026-03-01T00:00:00Z", r.key());
    }
}
