package io.cxpulse.records;

/**
 * An input record that could not be used, with the reason and its payload kept verbatim.
 *
 * @param input the input kind's key, e.g. {@code feedback}, or {@link #DERIVED} for a record
 *     the job derived (a rollup, signal or alert) that could not be written
 * @param errorType a stable machine-readable reason, e.g. {@code invalid_field}, {@code late}
 * @param reason the reason in words a person understands
 * @param payload the raw payload: text when it is valid UTF-8, else Base64 of its bytes
 * @param payloadEncoding {@code utf-8}, {@code base64}, or {@code none} for an empty record
 * @param eventTime the event time when it could be read, epoch milliseconds, or null
 * @param detectedAt wall-clock time the problem was found, epoch milliseconds
 */
public record DeadLetter(
        SourcePosition position,
        String input,
        String errorType,
        String reason,
        String payload,
        String payloadEncoding,
        Long eventTime,
        long detectedAt) {

    /** The {@code input} of a record the job derived itself rather than read. */
    public static final String DERIVED = "derived";
}
