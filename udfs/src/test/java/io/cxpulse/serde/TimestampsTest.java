package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;

    @Test
    void utcTextParsesToEpochMillis() {
        assertEquals(T0, Timestamps.parseIso("2026-03-01T10:15:00Z"));
    }

    @Test
    void positiveOffsetIsConvertedToUtc() {
        assertEquals(T0, Timestamps.parseIso("2026-03-01T12:15:00+02:00"));
    }

    @Test
    void negativeOffsetIsConvertedToUtc() {
        assertEquals(T0, Timestamps.parseIso("2026-03-01T05:15:00-05:00"));
    }

    @Test
    void millisecondsAreKept() {
        assertEquals(T0 + 7, Timestamps.parseIso("2026-03-01T10:15:00.007Z"));
    }

    @Test
    void localTimeWithoutZoneIsRejectedWithExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.parseIso("2026-03-01T10:15:00"));
        assertEquals("timestamp must be ISO-8601 with a zone (e.g. 2026-03-01T10:15:00Z) or epoch"
                + " milliseconds, got \"2026-03-01T10:15:00\"", e.getMessage());
    }

    @Test
    void dateWithoutTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parseIso("2026-03-01"));
    }

    @Test
    void impossibleDateIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Timestamps.parseIso("2026-02-30T10:15:00Z"));
    }

    @Test
    void epochMillisInsideTheCenturyAreReturnedUnchanged() {
        assertEquals(T0, Timestamps.checkEpochMillis(T0));
    }

    @Test
    void firstMillisecondOf2000IsAccepted() {
        assertEquals(946_684_800_000L, Timestamps.checkEpochMillis(946_684_800_000L));
        assertEquals("2000-01-01T00:00:00Z", Timestamps.format(946_684_800_000L));
    }

    @Test
    void lastMillisecondOf1999IsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.checkEpochMillis(946_684_799_999L));
        assertEquals("timestamp in epoch milliseconds must fall in the years 2000-2099, got"
                + " 946684799999", e.getMessage());
    }

    @Test
    void lastMillisecondOf2099IsAccepted() {
        assertEquals(4_102_444_799_999L, Timestamps.checkEpochMillis(4_102_444_799_999L));
        assertEquals("2099-12-31T23:59:59.999Z", Timestamps.format(4_102_444_799_999L));
    }

    @Test
    void firstMillisecondOf2100IsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Timestamps.checkEpochMillis(4_102_444_800_000L));
    }

    @Test
    void epochSecondsAreRejectedAsTooSmallForMillis() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.checkEpochMillis(T0 / 1000));
        assertTrue(e.getMessage().endsWith("got 1772360100"), e.getMessage());
    }

    @Test
    void formatWritesIsoUtc() {
        assertEquals("2026-03-01T10:15:00Z", Timestamps.format(T0));
        assertEquals("2026-03-01T10:15:00.250Z", Timestamps.format(T0 + 250));
    }

    @Test
    void formatThenParseRoundTrips() {
        long t = T0 + 123;
        assertEquals(t, Timestamps.parseIso(Timestamps.format(t)));
    }
}
