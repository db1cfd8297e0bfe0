package io.cxpulse.sentiment;

/** Language codes used by the scorer. */
public final class Language {
    public static final String AUTO = "auto";
    public static final String ENGLISH = "en";
    public static final String HEBREW = "he";
    public static final String MIXED = "mixed";
    public static final String UNKNOWN = "unknown";

    private Language() {}
}
