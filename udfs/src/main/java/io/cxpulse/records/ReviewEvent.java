package io.cxpulse.records;

/**
 * A public review from {@code cx.reviews}: stars 1-5 and text, from a review site or app store.
 *
 * @param timestamp event time, epoch milliseconds
 * @param extra unknown fields of the input, as a JSON object text, or null
 */
public record ReviewEvent(
        String eventId,
        long timestamp,
        int rating,
        String text,
        String source,
        String title,
        String product,
        String region,
        String store,
        String customerId,
        String language,
        String extra) {
    /** The value of a segment dimension, or null when the review does not carry it. */
    public String dimension(String name) {
        return switch (name) {
            case "source" -> source;
            case "product" -> product;
            case "region" -> region;
            case "store" -> store;
            case "language" -> language;
            default -> null;
        };
    }
}
