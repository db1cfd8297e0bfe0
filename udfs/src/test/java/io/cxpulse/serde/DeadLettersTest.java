package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    static final long T0 = 1_772_360_100_000L;
    static final long DETECTED = T0 + 60_000;
    static final SourcePosition POSITION = SourcePosition.kafka("cx.reviews", 1, 99L, T0);

    private final EventParser parser = new EventParser();

    @Test
    void utf8PayloadIsKeptVerbatimAsText() {
        String raw = "{\"event_id\":\"rv-1\", \"rating\": 9,  \"text\":\"שירות \\u00e9\"}";
        Envelope e = parser.parse(InputKind.REVIEWS, POSITION, raw.getBytes(StandardCharsets.UTF_8));
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals(raw, d.payload());
        assertEquals(DeadLetters.UTF8, d.payloadEncoding());
    }

    @Test
    void rejectedRecordCarriesTheParseErrorAndWhereItCameFrom() {
        Envelope e = parser.parse(InputKind.REVIEWS, POSITION,
                "[1,2]".getBytes(StandardCharsets.UTF_8));
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals(POSITION, d.position());
        assertEquals("reviews", d.input());
        assertEquals(ParseError.INVALID_JSON, d.errorType());
        assertEquals("the record must be a JSON object", d.reason());
        assertEquals(DETECTED, d.detectedAt());
    }

    @Test
    void invalidUtf8PayloadIsKeptAsBase64ThatRoundTripsExactly() {
        byte[] raw = {'{', (byte) 0xC3, (byte) 0x28, '}', 0, (byte) 0xFF};
        Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, raw);
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals(DeadLetters.BASE64, d.payloadEncoding());
        assertEquals(ParseError.NOT_UTF8, d.errorType());
        assertArrayEquals(raw, Base64.getDecoder().decode(d.payload()));
    }

    @Test
    void utf16PayloadIsKeptAsBase64ThoughItsBytesDecodeAsUtf8() {
        byte[] raw = "{\"nps\":9}".getBytes(StandardCharsets.UTF_16LE);
        DeadLetter d = DeadLetters.rejected(parser.parse(InputKind.FEEDBACK, POSITION, raw), DETECTED);
        assertEquals(ParseError.NOT_UTF8, d.errorType());
        assertEquals(DeadLetters.BASE64, d.payloadEncoding());
        assertArrayEquals(raw, Base64.getDecoder().decode(d.payload()));
    }

    @Test
    void twoByteInvalidSequenceIsEncodedAsBase64() {
        Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, new byte[] {(byte) 0xC3, 0x28});
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals("wyg=", d.payload());
        assertEquals("base64", d.payloadEncoding());
    }

    @Test
    void emptyPayloadIsEncodedAsNone() {
        Envelope e = parser.parse(InputKind.ACCOUNTS, POSITION, new byte[0]);
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals(DeadLetters.NONE, d.payloadEncoding());
        assertEquals("", d.payload());
        assertEquals(ParseError.EMPTY, d.errorType());
        assertEquals("accounts", d.input());
    }

    @Test
    void nullPayloadIsEncodedAsNone() {
        Envelope e = parser.parse(InputKind.ACCOUNTS, POSITION, null);
        DeadLetter d = DeadLetters.rejected(e, DETECTED);
        assertEquals("none", d.payloadEncoding());
        assertEquals("", d.payload());
    }

    @Test
    void eventTimeIsNullWhenTheRecordCouldNotBeRead() {
        Envelope e = parser.parse(InputKind.FEEDBACK, POSITION,
                "{\"nps\":1}".getBytes(StandardCharsets.UTF_8));
        assertNull(DeadLetters.rejected(e, DETECTED).eventTime());
    }

    @Test
    void eventTimeIsKeptWhenAValidEventIsDeadLettered() {
        String raw = "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                + "\"customer_id\":\"C1\",\"nps\":9}";
        Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, raw.getBytes(StandardCharsets.UTF_8));
        DeadLetter d = DeadLetters.of(e, new ParseError(ParseError.LATE, "too late"), DETECTED);
        assertEquals(T0, d.eventTime());
        assertEquals("late", d.errorType());
        assertEquals("too late", d.reason());
        assertEquals(raw, d.payload());
        assertEquals("feedback", d.input());
    }

    @Test
    void aPayloadOverTheLimitIsCutToItsFirst64KiBAndItsFullSizeIsGiven() {
        // a too_large record: 2 MiB of a comment
        byte[] raw = ("{\"comment\":\"" + "x".repeat(2 * 1_048_576) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        DeadLetter d = DeadLetters.rejected(parser.parse(InputKind.FEEDBACK, POSITION, raw), DETECTED);
        assertEquals(ParseError.TOO_LARGE, d.errorType());
        assertEquals(DeadLetters.UTF8, d.payloadEncoding());
        assertEquals(DeadLetter.MAX_PAYLOAD_BYTES, d.payload().length());
        assertEquals(new String(raw, 0, DeadLetter.MAX_PAYLOAD_BYTES, StandardCharsets.UTF_8),
                d.payload());
        assertEquals(raw.length, d.payloadTotalBytes());
    }

    @Test
    void aCutNeverSplitsAUtf8Character() {
        // Hebrew letters are two bytes: the 5-byte prefix puts the limit inside one
        byte[] raw = ("{\"\":\"" + "ש".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        DeadLetter d = DeadLetters.rejected(parser.parse(InputKind.FEEDBACK, POSITION, raw), DETECTED);
        assertEquals(DeadLetters.UTF8, d.payloadEncoding());
        byte[] kept = d.payload().getBytes(StandardCharsets.UTF_8);
        assertEquals(DeadLetter.MAX_PAYLOAD_BYTES - 1, kept.length);
        assertArrayEquals(java.util.Arrays.copyOf(raw, kept.length), kept);
    }

    @Test
    void aPayloadWithinTheLimitIsKeptWholeWithoutATotal() {
        byte[] raw = ("{\"comment\":\"" + "x".repeat(60_000) + "\"").getBytes(StandardCharsets.UTF_8);
        DeadLetter d = DeadLetters.rejected(parser.parse(InputKind.FEEDBACK, POSITION, raw), DETECTED);
        assertEquals(new String(raw, StandardCharsets.UTF_8), d.payload());
        assertNull(d.payloadTotalBytes());
    }
}
