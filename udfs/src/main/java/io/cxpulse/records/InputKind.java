package io.cxpulse.records;

/** The four kinds of input, one per input topic. */
public enum InputKind {
    FEEDBACK,
    REVIEWS,
    INTERACTIONS,
    ACCOUNTS;

    /** The lower-case name used in configuration keys and file names. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
