package io.cxpulse.records;

/**
 * A survey response from {@code cx.feedback}: the NPS question answered 0-10, with an optional
 * comment and the segment it belongs to.
 *
 * @param timestamp event time, epoch milliseconds
 * @param extra unknown fields of the input, as a JSON object text, or null
 */
public record FeedbackEvent(
        String eventId,
        long timestamp,
        String customerId,
        int nps,
        String comment,
        String channel,
        String product,
        String region,
        String store,
        String agent,
        String language,
        String extra) {

    /** The value of a segment dimension, or null when the response does not carry it. */
    public String dimension(String name) {
        return switch (name) {
            case "channel" -> channel;
            case "product" -> product;
            case "region" -> region;
            case "store" -> store;
            case "agent" -> agent;
            case "language" -> language;
            default -> null;
        };
    }
}
