package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ScoredFeedback;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailedRecordsTest {
    static final long T0 = 1_772_360_100_000L;

    static ScoredFeedback response(String comment) {
        return new ScoredFeedback(new FeedbackEvent("fb-1", T0, "C1", 9, comment, "app", null,
                null, null, null, null, null), "promoter", null);
    }

    @Test
    void aRecordReadFromAnInputKeepsItsKindAndEventTimeAndComesAsJson() {
        DeadLetter d = FailedRecords.deadLetter("join-accounts", "joining the response (key C1)",
                response("ok"), new IllegalStateException("broke"), 5L);
        assertEquals("join-accounts", d.position().source());
        assertNull(d.position().line());
        assertNull(d.position().partition());
        assertEquals("join-accounts", d.position().toString(), "the dead letter's Kafka key");
        assertEquals("feedback", d.input());
        assertEquals(T0, d.eventTime());
        assertEquals(ParseError.PROCESSING_ERROR, d.errorType());
        assertEquals("join-accounts: joining the response (key C1) failed:"
                + " java.lang.IllegalStateException: broke", d.reason());
        assertTrue(d.payload().startsWith("{\"event\":{\"eventId\":\"fb-1\""), d.payload());
        assertEquals(DeadLetters.UTF8, d.payloadEncoding());
        assertNull(d.payloadTotalBytes());
        assertEquals(5L, d.detectedAt());
    }

    @Test
    void whatTheJobDerivedItselfIsDerivedWithoutEventTime() {
        DeadLetter d = FailedRecords.deadLetter("track-customers", "x",
                CustomerInput.keyAccount("C1", T0, true), new RuntimeException(), 0L);
        assertEquals(DeadLetter.DERIVED, d.input());
        assertNull(d.eventTime());
        assertEquals("interactions", FailedRecords.inputOf(new CustomerInput(
                CustomerInput.INTERACTION, T0, "ix", "C1", "usage", 0, null, null, -1, null, null,
                0, false, null, 0, false)));
    }

    @Test
    void aPayloadOver64KiBIsCutAndItsFullSizeGiven() {
        String comment = "é".repeat(40_000);    // 80,000 bytes of UTF-8
        DeadLetter d = FailedRecords.deadLetter("join-accounts", "x", response(comment),
                new RuntimeException(), 0L);
        int kept = d.payload().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(kept <= DeadLetter.MAX_PAYLOAD_BYTES && kept > DeadLetter.MAX_PAYLOAD_BYTES - 4);
        assertTrue(d.payloadTotalBytes() > 80_000);
    }

    @Test
    void aRecordJacksonCannotWriteComesAsItsText() {
        Object unwritable = new Object() {
            public String getBroken() {
                throw new IllegalStateException("no");
            }

            @Override
            public String toString() {
                return "the record";
            }
        };
        assertEquals("the record", FailedRecords.text(unwritable));
    }
}
