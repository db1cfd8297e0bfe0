package io.cxpulse.serde;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Builds dead-letter records that keep the payload verbatim. */
public final class DeadLetters {
    public static final String UTF8 = "utf-8";
    public static final String BASE64 = "base64";
    public static final String NONE = "none";

    private DeadLetters() {}

    public static DeadLetter of(Envelope envelope, ParseError error, long detectedAt) {
        byte[] payload = envelope.payload();
        int kept = payload == null ? 0 : keptLength(payload);
        // a not_utf8 record may still decode (NUL bytes of UTF-16 text are valid UTF-8): keep
        // its bytes, as the contract of cx.deadletter says for not_utf8
        String text = payload == null || ParseError.NOT_UTF8.equals(error.type())
                ? null : Utf8.decodeOrNull(Arrays.copyOf(payload, kept));
        String encoding = payload == null || payload.length == 0 ? NONE : text != null ? UTF8 : BASE64;
        String keptText = switch (encoding) {
            case UTF8 -> text;
            case BASE64 -> Base64.getEncoder().encodeToString(Arrays.copyOf(payload, kept));
            default -> "";
        };
        Long eventTime = envelope.eventTime() == Long.MIN_VALUE ? null : envelope.eventTime();
        return new DeadLetter(
                envelope.position(),
                envelope.kind().key(),
                error.type(),
                error.reason(),
                keptText,
                encoding,
                eventTime,
                detectedAt,
                payload != null && kept < payload.length ? (Long) (long) payload.length : null);
    }

    /**
     * How many leading bytes of a payload a dead letter keeps: all of them up to
     * {@link DeadLetter#MAX_PAYLOAD_BYTES}, else that many less the start of a UTF-8 sequence
     * the cut would split, so that cut UTF-8 text stays UTF-8.
     */
    static int keptLength(byte[] payload) {
        if (payload.length <= DeadLetter.MAX_PAYLOAD_BYTES) {
            return payload.length;
        }
        int end = DeadLetter.MAX_PAYLOAD_BYTES;
        int cut = end;
        // the first byte left out continues a sequence (10xxxxxx): cut before its lead byte
        while (cut > end - 3 && (payload[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return cut;
    }

    /** The longest exception message a {@code processing_error} reason quotes. */
    static final int MAX_MESSAGE = 300;

    /**
     * A dead letter for an input record whose processing threw at {@code stage}, with the raw
     * payload the envelope still carries.
     */
    public static DeadLetter processingError(
            Envelope envelope, String stage, Throwable error, long detectedAt) {
        return of(envelope, processingError(stage, error), detectedAt);
    }

    /** The error of a record whose processing threw at {@code stage}: names stage and exception. */
    public static ParseError processingError(String stage, Throwable error) {
        String message = String.valueOf(error.getMessage());
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return new ParseError(ParseError.PROCESSING_ERROR,
                stage + " failed: " + error.getClass().getName() + ": " + message);
    }

    /**
     * A dead letter for a record the job derived (a rollup, signal or alert) that could not be
     * encoded for {@code topic}: no input position, the record's text as payload.
     *
     * @param key the record's Kafka key, or null when it could not be computed
     * @param text the record as text; unpaired surrogates are replaced so it can be written
     */
    public static DeadLetter derived(
            String topic, String key, String text, Throwable error, long detectedAt) {
        String writable = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return new DeadLetter(
                new SourcePosition(topic, null, null, null, null),
                DeadLetter.DERIVED,
                ParseError.PROCESSING_ERROR,
                processingError("encoding for " + topic + (key == null ? "" : " (key " + key + ")"),
                        error).reason(),
                writable,
                writable.isEmpty() ? NONE : UTF8,
                null,
                detectedAt);
    }

    /** A dead letter for a parse failure. */
    public static DeadLetter rejected(Envelope envelope, long detectedAt) {
        return of(envelope, envelope.error(), detectedAt);
    }
}
