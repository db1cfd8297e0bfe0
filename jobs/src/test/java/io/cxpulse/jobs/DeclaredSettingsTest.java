package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

class DeclaredSettingsTest {

    @Test
    void aKeyTheParsingReadsButDoesNotDeclareFailsNamingIt() {
        DeclaredSettings s = new DeclaredSettings(
                ParameterTool.fromMap(Map.of("windows", "1h")), List.of("windows"));
        assertEquals("1h", s.get("windows", "1d"));
        var e = assertThrows(IllegalStateException.class, () -> s.get("dedup.horizon", "1d"));
        assertTrue(e.getMessage().contains("\"dedup.horizon\""), e.getMessage());
        assertThrows(IllegalStateException.class, () -> s.getLong("backfill.lateness", 1));
    }
}
