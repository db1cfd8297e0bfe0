package io.cxpulse.records;

/**
 * A scored survey response with the account of its customer as it was when the response was
 * given: its tier and the weight of the response in value-weighted NPS.
 *
 * @param tier the account's tier, or {@code unknown} when the customer has no account record
 * @param weight the account's annual value, or 1 when unknown
 */
public record AccountedFeedback(ScoredFeedback scored, String tier, double weight) {

    public static final String UNKNOWN_TIER = "unknown";

    /** The value of a segment dimension, {@code tier} included, or null when not carried. */
    public String dimension(String name) {
        return "tier".equals(name) ? tier : scored.event().dimension(name);
    }
}
