package io.cxpulse.serde;

import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.ParseError;
import java.util.Base64;

/** Builds dead-letter records that keep the payload verbatim. */
public final class DeadLetters {
    public static final String UTF8 = "utf-8";
    public static final String BASE64 = "base64";
    public static final String NONE = "none";

    private DeadLetters() {}

    public static DeadLetter of(Envelope envelope, ParseError error, long detectedAt) {
        byte[] payload = envelope.payload();
        // a not_utf8 record may still decode (NUL bytes of UTF-16 text are valid UTF-8): keep
        // its bytes, as the contract of cx.deadletter says for not_utf8
        String text = payload == null || ParseError.NOT_UTF8.equals(error.type())
                ? null : Utf8.decodeOrNull(payload);
        String encoding = payload == null || payload.length == 0 ? NONE : text != null ? UTF8 : BASE64;
        String kept = switch (encoding) {
            case UTF8 -> text;
            case BASE64 -> Base64.getEncoder().encodeToString(payload);
            default -> "";
        };
        Long eventTime = envelope.eventTime() == Long.MIN_VALUE ? null : envelope.eventTime();
        return new DeadLetter(
                envelope.position(),
                envelope.kind().key(),
                error.type(),
                error.reason(),
                kept,
                encoding,
                eventTime,
                detectedAt);
    }

    /** A dead letter for a parse failure. */
    public static DeadLetter rejected(Envelope envelope, long detectedAt) {
        return of(envelope, envelope.error(), detectedAt);
    }
}
