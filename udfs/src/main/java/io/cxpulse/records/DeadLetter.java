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
 * @param payloadTotalBytes null when the payload is kept whole; else the raw payload's size in
 *     bytes, of which {@code payload} keeps only the first {@link #MAX_PAYLOAD_BYTES}
 */
public record DeadLetter(
        SourcePosition position,
        String input,
        String errorType,
        String reason,
        String payload,
        String payloadEncoding,
        Long eventTime,
        long detectedAt,
        Long payloadTotalBytes) {

    /**
     * The most bytes of a raw payload a dead letter keeps (64 KiB): escaped as JSON, even the
     * worst payload then stays far below Kafka's default request size of 1 MiB, so that the
     * dead letter of an oversized record can itself be written.
     */
    public static final int MAX_PAYLOAD_BYTES = 65_536;

    /** A dead letter whose payload is kept whole. */
    public DeadLetter(SourcePosition position, String input, String errorType, String reason,
            String payload, String payloadEncoding, Long eventTime, long detectedAt) {
        this(position, input, errorType, reason, payload, payloadEncoding, eventTime, detectedAt,
                null);
    }

    /** The {@code input} of a record the job derived itself rather than read. */
    public static final String DERIVED = "derived";
}
