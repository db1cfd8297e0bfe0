package io.cxpulse.jobs.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** The fixed two weeks the sample data covers, and how event times are drawn and written. */
final class SampleWindow {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant END = Instant.parse("2026-03-16T00:00:00Z");
    static final int DAYS = 14;

    /** Israel standard time; daylight saving time starts after the window. */
    static final ZoneOffset LOCAL_OFFSET = ZoneOffset.ofHours(2);

    /** Relative traffic per UTC hour: customers are active from early morning to late evening local time. */
    private static final int[] HOUR_WEIGHTS = {
        1, 1, 1, 1, 3, 6, 8, 9, 9, 9, 9, 9, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1, 1
    };
    private static final int HOUR_WEIGHT_SUM = sum(HOUR_WEIGHTS);

    private SampleWindow() {}

    static Instant dayStart(int day) {
        return START.plus(Duration.ofDays(day));
    }

    static LocalDate date(int day) {
        return LocalDate.ofInstant(dayStart(day), ZoneOffset.UTC);
    }

    static int dayIndex(Instant t) {
        return (int) Duration.between(START, t).toDays();
    }

    /** Traffic factor of a day: Friday and Saturday are the weekend. */
    static double dayWeight(int day) {
        DayOfWeek dow = date(day).getDayOfWeek();
        if (dow == DayOfWeek.FRIDAY) {
            return 0.6;
        }
        return dow == DayOfWeek.SATURDAY ? 0.45 : 1.0;
    }

    /** A whole-second instant on the given day, following the daily traffic curve. */
    static Instant randomTimeIn(int day, Random rng) {
        int r = rng.nextInt(HOUR_WEIGHT_SUM);
        int hour = 0;
        while (r >= HOUR_WEIGHTS[hour]) {
            r -= HOUR_WEIGHTS[hour];
            hour++;
        }
        return dayStart(day).plusSeconds(hour * 3600L + rng.nextInt(3600));
    }

    /** A whole-second instant on the given day between the two UTC hours. */
    static Instant randomTimeIn(int day, int fromHour, int toHour, Random rng) {
        return dayStart(day).plusSeconds(fromHour * 3600L + rng.nextInt((toHour - fromHour) * 3600));
    }

    /** ISO-8601 in UTC, e.g. {@code 2026-03-10T08:15:42Z}. */
    static String utc(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /**
     * The {@code timestamp} value as producers send it: mostly UTC strings, some with the local
     * {@code +02:00} offset, a few as epoch milliseconds.
     */
    static Object timestamp(Instant t, Random rng) {
        double r = rng.nextDouble();
        if (r < 0.02) {
            return t.toEpochMilli();
        }
        if (r < 0.11) {
            return OffsetDateTime.ofInstant(t, LOCAL_OFFSET).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return utc(t);
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
