package io.cxpulse.rollups;

import io.cxpulse.serde.Whitespace;

/**
 * The segment a record counts in for one dimension: {@code overall} has the single value
 * {@code all}; a record without a value for a dimension counts under {@code unknown}, so that
 * each dimension's segments add up to the overall total.
 */
public final class Segments {
    public static final String OVERALL = "overall";
    public static final String ALL = "all";
    public static final String UNKNOWN = "unknown";

    private Segments() {}

    /** @param raw the record's own value for the dimension, null when it has none */
    public static String value(String dimension, String raw) {
        if (OVERALL.equals(dimension)) {
            return ALL;
        }
        return raw == null || Whitespace.isBlank(raw) ? UNKNOWN : raw;
    }

    /** The key of a segment's windows: {@code <dimension>|<value>}. */
    public static String key(String dimension, String value) {
        return dimension + '|' + value;
    }
}
