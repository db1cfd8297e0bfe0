package io.cxpulse.jobs.testing;

import io.cxpulse.records.InputKind;
import java.util.Locale;
import java.util.Random;

/**
 * The kinds of hostile line a {@link HostileCorpus} mixes into its files. Each makes lines of
 * one topic with the outcome the input contract gives them (docs/topics.md).
 */
public enum HostileKind {
    // bytes and encodings
    UTF16_LE, UTF16_BE, UTF32, INVALID_UTF8, NUL_FIRST_BYTE, NUL_INSIDE, DOUBLE_BOM, LEADING_BOM,
    EMPTY_LINE, WHITESPACE_LINE, RAW_CONTROL_CHAR, CR_IN_STRING, CR_BETWEEN_TOKENS, CRLF_ENDING,
    // JSON syntax and shape
    INVALID_JSON, TRUNCATED, NOT_AN_OBJECT, DEEP_NESTING, DUPLICATE_KEYS,
    // fields
    MISSING_FIELD, BLANK_FIELD, UNICODE_BLANK_ID, WRONG_TYPE, OUT_OF_RANGE, BAD_TIMESTAMP,
    HUGE_NUMBER, INTEGRAL_FLOAT, FRACTIONAL, TOO_LARGE,
    // valid but unusual text
    LONG_STRING, ESCAPED_CONTROL_CHARS, EMOJI_FLOOD, BIDI_TEXT, LONE_SURROGATE, UNKNOWN_FIELDS;

    /** The name used in plans, e.g. {@code utf16_le}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the kind makes sense for the topic (there are no NPS scores in reviews). */
    public boolean appliesTo(InputKind topic) {
        return switch (this) {
            case INTEGRAL_FLOAT, FRACTIONAL -> topic == InputKind.FEEDBACK || topic == InputKind.REVIEWS;
            case OUT_OF_RANGE -> topic != InputKind.ACCOUNTS;
            default -> true;
        };
    }

    /** How many lines of this kind go into one file. */
    int count(Random random) {
        return switch (this) {
            case TOO_LARGE -> 2;
            case LONG_STRING -> 3;
            default -> 8 + random.nextInt(9);
        };
    }

    CorpusLine make(InputKind topic, Random random, ValidEvents events) {
        return switch (this) {
            case UTF16_LE, UTF16_BE, UTF32, INVALID_UTF8, NUL_FIRST_BYTE, NUL_INSIDE, DOUBLE_BOM,
                    LEADING_BOM, EMPTY_LINE, WHITESPACE_LINE, RAW_CONTROL_CHAR, CR_IN_STRING,
                    CR_BETWEEN_TOKENS, CRLF_ENDING -> EncodingHostility.make(this, topic, random, events);
            case INVALID_JSON, TRUNCATED, NOT_AN_OBJECT, DEEP_NESTING, DUPLICATE_KEYS ->
                    JsonHostility.make(this, topic, random, events);
            case MISSING_FIELD, BLANK_FIELD, UNICODE_BLANK_ID, WRONG_TYPE, OUT_OF_RANGE,
                    BAD_TIMESTAMP, HUGE_NUMBER, INTEGRAL_FLOAT, FRACTIONAL, TOO_LARGE ->
                    FieldHostility.make(this, topic, random, events);
            case LONG_STRING, ESCAPED_CONTROL_CHARS, EMOJI_FLOOD, BIDI_TEXT, LONE_SURROGATE,
                    UNKNOWN_FIELDS -> TextHostility.make(this, topic, random, events);
        };
    }
}
