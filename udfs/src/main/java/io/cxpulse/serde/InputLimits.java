package io.cxpulse.serde;

import java.math.BigDecimal;

/**
 * The sizes an input record may have, as docs/topics.md ("Limits") states them. They keep one
 * record from exhausting memory or from being accepted and later failing to be written out.
 */
public final class InputLimits {
    private InputLimits() {}

    /** A record larger than this many bytes (1 MiB) is rejected as {@code too_large}. */
    public static final int MAX_RECORD_BYTES = 1_048_576;

    /** Objects and arrays nested deeper than this are invalid JSON; the record itself is level 1. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The longest number literal, in characters (Jackson's default). */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    /** The longest field name, in characters (Jackson's default). */
    public static final int MAX_NAME_LENGTH = 50_000;

    /** The largest magnitude of a decimal field ({@code amount}, {@code annual_value}). */
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");

    /** The most digits after the decimal point of a decimal field. */
    public static final int MAX_DECIMAL_SCALE = 9;

    /** The most digits of an id given as a number. */
    public static final int MAX_ID_DIGITS = 1_000;
}
