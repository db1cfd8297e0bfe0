package io.cxpulse.records;

/**
 * Why an input record was rejected.
 *
 * @param type a stable machine-readable code
 * @param reason the reason in words a person understands
 */
public record ParseError(String type, String reason) {
    public static final String EMPTY = "empty";
    public static final String NOT_UTF8 = "not_utf8";
    public static final String INVALID_JSON = "invalid_json";
    public static final String MISSING_FIELD = "missing_field";
    public static final String INVALID_FIELD = "invalid_field";
    public static final String LATE = "late";
    public static final String TOO_LARGE = "too_large";
    /** A repeat of an event id already seen on the same input topic within the horizon. */
    public static final String DUPLICATE = "duplicate";
    /** Scoring, encoding or processing the record threw; names the stage and the exception. */
    public static final String PROCESSING_ERROR = "processing_error";
}
