package io.cxpulse.records;

/**
 * One input record after parsing: exactly one of the event fields is set, or {@code error} is.
 * The raw payload travels along until the lateness check, so that a late event can be
 * dead-lettered verbatim.
 *
 * @param eventTime event time, epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
 */
public record Envelope(
        InputKind kind,
        SourcePosition position,
        byte[] payload,
        long eventTime,
        FeedbackEvent feedback,
        ReviewEvent review,
        InteractionEvent interaction,
        AccountEvent account,
        ParseError error) {

    public static Envelope failed(
            InputKind kind, SourcePosition position, byte[] payload, ParseError error) {
        return new Envelope(
                kind, position, payload, Long.MIN_VALUE, null, null, null, null, error);
    }

    public boolean isValid() {
        return error == null;
    }
}
