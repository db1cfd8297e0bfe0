package io.cxpulse.serde;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Event times as the input contracts allow them: ISO-8601 with a zone, or epoch milliseconds. */
public final class Timestamps {

    /** 2000-01-01T00:00:00Z: smaller numbers are almost surely seconds, not milliseconds. */
    static final long MIN_EPOCH_MILLIS = 946_684_800_000L;

    /** 2100-01-01T00:00:00Z. */
    static final long MAX_EPOCH_MILLIS = 4_102_444_800_000L;

    /** Date, time with optional fraction, and {@code Z} or {@code ±hh:mm}, as the schemas say. */
    private static final Pattern ISO_WITH_ZONE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() {}

    /**
     * Parses ISO-8601 text with a zone offset or {@code Z}, e.g. {@code 2026-03-01T10:15:00+02:00},
     * whose date as written falls in the years 2000-2099: a time outside them is a typo that would
     * skew event time. The year is the one written, in the text's own zone, as the schemas'
     * pattern {@code ^20[0-9]{2}-} says, so {@code 2000-01-01T00:30:00+01:00} is accepted.
     *
     * @throws IllegalArgumentException with a message naming the problem
     */
    public static long parseIso(String text) {
        if (!ISO_WITH_ZONE.matcher(text).matches()) {
            throw notIso(text);
        }
        if (!text.startsWith("20")) {
            throw new IllegalArgumentException(
                    "timestamp must fall in the years 2000-2099, got \"" + text + "\"");
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw notIso(text);
        }
    }

    private static IllegalArgumentException notIso(String text) {
        String shown = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        return new IllegalArgumentException(
                "timestamp must be ISO-8601 with a zone (e.g. 2026-03-01T10:15:00Z) or epoch"
                        + " milliseconds, got \"" + shown + "\"");
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
