package io.cxpulse.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    @Test
    void defaults() {
        RetentionSettings s = RetentionSettings.defaults();
        assertEquals(Duration.ofDays(1), s.window());
        assertEquals(List.of("overall", "tier", "product", "region"), s.dimensions());
        assertEquals(0.01, s.falseAlarmRate());
        assertEquals(Duration.ofDays(2), s.atRiskFloor());
        assertEquals(Duration.ofDays(45), s.atRiskCeiling());
        assertEquals(Duration.ofDays(90), s.churnHorizon());
        assertEquals(0.8, s.paretoShare());
        assertTrue(s.paretoEnabled());
        assertTrue(s.newRequiresSignup());
        assertEquals(Duration.ofDays(56), s.downgradeMemory());
        assertEquals("cx.customer-signals", s.signalsTopic());
        assertEquals("cx.rollups.retention", s.rollupsTopic());
    }

    @Test
    void readsItsKeysAndIgnoresOthers() {
        RetentionSettings s = RetentionSettings.from(Map.of("retention.window", "6h",
                "retention.dimensions", "overall, tier", "retention.at-risk.false-alarm-rate", "0.005",
                "key-accounts.pareto-share", "0", "windows", "1h", "topic.customer-signals", "x"));
        assertEquals(Duration.ofHours(6), s.window());
        assertEquals(List.of("overall", "tier"), s.dimensions());
        assertEquals(0.005, s.falseAlarmRate());
        assertFalse(s.paretoEnabled());
        assertEquals("x", s.signalsTopic());
    }

    @Test
    void rejectsTyposAndNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("retention.windw", "1d")));
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("retention.window", "soon")));
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("retention.dimensions", "overall,channel")));
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("key-accounts.pareto-share", "1.2")));
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("retention.at-risk.ceiling", "120d")),
                "the at-risk ceiling must come before the churn horizon");
        assertThrows(IllegalArgumentException.class,
                () -> RetentionSettings.from(Map.of("retention.new.requires-signup", "yes")));
    }

    @Test
    void everyDefaultIsListed() {
        assertEquals(18, RetentionSettings.DEFAULTS.size());
        assertEquals(RetentionSettings.defaults(), RetentionSettings.from(RetentionSettings.DEFAULTS));
    }
}
