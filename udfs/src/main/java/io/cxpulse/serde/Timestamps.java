package io.cxpulse.serde;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Event times as the input contracts allow them: ISO-8601 with a zone, or epoch milliseconds. */
public final class Timestamps {

    /** 2000-01-01T00:00:00Z: smaller numbers are almost surely seconds, not milliseconds. */
    static final long MIN_EPOCH_MILLIS = 946_684_800_000L;

    /** 2100-01-01T00:00:00Z. */
    static final long MAX_EPOCH_MILLIS = 4_102_444_800_000L;

    private Timestamps() {}

    /**
     * Parses ISO-8601 text with a zone offset or {@code Z}, e.g. {@code 2026-03-01T10:15:00+02:00}.
     *
     * @throws IllegalArgumentException with a message naming the problem
     */
    public static long parseIso(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "timestamp must be ISO-8601 with a zone (e.g. 2026-03-01T10:15:00Z) or epoch"
                            + " milliseconds, got \"" + text + "\"");
        }
    }

    /** Checks that a number is a plausible epoch-milliseconds time (years 2000-2099). */
    public static long checkEpochMillis(long millis) {
        if (millis < MIN_EPOCH_MILLIS || millis >= MAX_EPOCH_MILLIS) {
            throw new IllegalArgumentException(
                    "timestamp in epoch milliseconds must fall in the years 2000-2099, got "
                            + millis);
        }
        return millis;
    }

    /** ISO-8601 UTC text, e.g. {@code 2026-03-01T08:15:00Z}. */
    public static String format(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).toString();
    }
}
