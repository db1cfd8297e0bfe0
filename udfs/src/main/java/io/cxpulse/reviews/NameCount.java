package io.cxpulse.reviews;

/**
 * A name and how many reviews it was counted in, e.g. the aspect {@code billing} in 3 reviews.
 */
public record NameCount(String name, long count) {}
