package io.cxpulse.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void overallAlwaysHasTheValueAll() {
        assertEquals("all", Segments.value("overall", null));
        assertEquals("all", Segments.value("overall", "app"));
    }

    @Test
    void aMissingOrBlankValueCountsAsUnknown() {
        assertEquals("unknown", Segments.value("channel", null));
        assertEquals("unknown", Segments.value("channel", "  "));
        assertEquals("unknown", Segments.value("channel", "\u00a0\u202f"));
        assertEquals("app", Segments.value("channel", "app"));
    }

    @Test
    void theKeyJoinsDimensionAndValue() {
        assertEquals("channel|app", Segments.key("channel", "app"));
    }
}
