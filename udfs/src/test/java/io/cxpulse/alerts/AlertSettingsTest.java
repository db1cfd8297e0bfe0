package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {

    @Test
    void emptyMapGivesTheDefaults() {
        AlertSettings s = AlertSettings.parse(Map.of("bootstrap.servers", "x:1"));
        assertEquals(AlertSettings.defaults(), s);
        assertEquals("cx.alerts", s.topic());
        assertEquals(Duration.ofHours(1), s.cooldown());
        assertEquals(20, s.stormMaxOpensPerHour());
        assertEquals(Duration.ofDays(1), s.reputationSurge().window());
    }

    @Test
    void everyRuleBlockIsConfigurable() {
        AlertSettings s = AlertSettings.parse(Map.of(
                "alerts.reputation-surge.enabled", "false",
                "alerts.complaint-cluster.min-volume", "3",
                "alerts.complaint-cluster.window", "12h",
                "alerts.nps-drop.min-responses", "100",
                "alerts.key-account.severity", "warning",
                "alerts.escalation.clear-after", "2d",
                "alerts.cooldown", "30m",
                "alerts.storm.max-opens-per-hour", "5",
                "alerts.topic", "my.alerts"));
        assertFalse(s.reputationSurge().enabled());
        assertEquals(3, s.complaintCluster().minVolume());
        assertEquals(12, s.complaintCluster().slots());
        assertEquals(100, s.npsDrop().minResponses());
        assertEquals("warning", s.keyAccount().severity());
        assertEquals(Duration.ofDays(2), s.escalation().clearAfter());
        assertEquals(Duration.ofMinutes(30), s.cooldown());
        assertEquals(5, s.stormMaxOpensPerHour());
        assertEquals("my.alerts", s.topic());
    }

    @Test
    void unknownOrBadValuesAreRejectedWithTheKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AlertSettings.parse(
                Map.of("alerts.nps-drop.min-respones", "3"))).getMessage().contains("min-respones"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AlertSettings.parse(
                Map.of("alerts.escalation.severity", "urgent"))).getMessage()
                .contains("alerts.escalation.severity"));
        assertThrows(IllegalArgumentException.class, () -> AlertSettings.parse(
                Map.of("alerts.reputation-surge.window", "90m", "alerts.reputation-surge.step", "1h")));
        assertThrows(IllegalArgumentException.class, () -> AlertSettings.parse(
                Map.of("alerts.cooldown", "soon")));
    }

    @Test
    void keysListsEverySetting() {
        assertEquals(43, AlertSettings.keys().size(), String.join("\n", AlertSettings.keys()));
        assertTrue(AlertSettings.keys().contains("alerts.key-account.intent-alone"));
        assertTrue(AlertSettings.keys().contains("alerts.key-account.silence-grace"));
    }
}
