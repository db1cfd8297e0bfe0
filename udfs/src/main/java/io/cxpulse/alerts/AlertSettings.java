package io.cxpulse.alerts;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything the alert rules are configured with: keys {@code alerts.*}, each documented in
 * {@code docs/topics.md}. Parsed once; unknown {@code alerts.*} keys are rejected.
 *
 * @param cooldown while an alert lasts, at most one update per cooldown (event time)
 * @param stormMaxOpensPerHour per rule, opens beyond this within an hour are held back and
 *     summarised in one alert
 */
public record AlertSettings(
        String topic,
        Duration cooldown,
        int stormMaxOpensPerHour,
        CountRuleSettings reputationSurge,
        CountRuleSettings complaintCluster,
        NpsDropSettings npsDrop,
        KeyAccountSettings keyAccount,
        EscalationSettings escalation) implements Serializable {

    public static final String PREFIX = "alerts.";

    public static final String REPUTATION_SURGE = "reputation-surge";
    public static final String COMPLAINT_CLUSTER = "complaint-cluster";
    public static final String NPS_DROP = "nps-drop";
    public static final String KEY_ACCOUNT = "key-account";
    public static final String ESCALATION = "escalation";

    static final AlertSettings DEFAULTS = new AlertSettings(
            "cx.alerts",
            Duration.ofHours(1),
            20,
            new CountRuleSettings(true, Alert.WARNING, Duration.ofDays(1), Duration.ofHours(1),
                    Duration.ofDays(7), 5, 0.00001, Duration.ofDays(1), 2.5, 2),
            new CountRuleSettings(true, Alert.WARNING, Duration.ofDays(1), Duration.ofHours(1),
                    Duration.ofDays(7), 5, 0.00001, Duration.ofDays(1), 2.5, 2),
            new NpsDropSettings(true, Alert.CRITICAL, Duration.ofDays(1), 7, 5, 10.0, 1.7),
            new KeyAccountSettings(true, Alert.CRITICAL, Duration.ofDays(7), 3, 0.6, 9.0, 3,
                    true, Duration.ofDays(7), Duration.ofHours(6)),
            new EscalationSettings(true, Alert.CRITICAL, Duration.ofDays(3)));

    public static AlertSettings defaults() {
        return DEFAULTS;
    }

    /** Reads the {@code alerts.*} entries of a map; other keys are ignored. */
    public static AlertSettings parse(Map<String, String> values) {
        SettingsReader r = new SettingsReader(values);
        AlertSettings d = DEFAULTS;
        AlertSettings s = new AlertSettings(
                r.text(PREFIX + "topic", d.topic),
                r.duration(PREFIX + "cooldown", CountRuleSettings.label(d.cooldown)),
                (int) r.whole(PREFIX + "storm.max-opens-per-hour", d.stormMaxOpensPerHour, 1),
                CountRuleSettings.read(r, REPUTATION_SURGE, d.reputationSurge),
                CountRuleSettings.read(r, COMPLAINT_CLUSTER, d.complaintCluster),
                NpsDropSettings.read(r, d.npsDrop),
                KeyAccountSettings.read(r, d.keyAccount),
                EscalationSettings.read(r, d.escalation));
        List<String> unknown = new ArrayList<>();
        for (String key : new TreeSet<>(values.keySet())) {
            if (key.startsWith(PREFIX) && !r.read.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown alert settings " + unknown
                    + "; known: " + String.join(", ", keys()));
        }
        return s;
    }

    /** Every key {@link #parse} reads, in a stable order. */
    public static List<String> keys() {
        SettingsReader r = new SettingsReader(Map.of());
        parseWith(r);
        return List.copyOf(new TreeSet<>(r.read));
    }

    private static void parseWith(SettingsReader r) {
        AlertSettings d = DEFAULTS;
        r.text(PREFIX + "topic", d.topic);
        r.duration(PREFIX + "cooldown", "1h");
        r.whole(PREFIX + "storm.max-opens-per-hour", d.stormMaxOpensPerHour, 1);
        CountRuleSettings.read(r, REPUTATION_SURGE, d.reputationSurge);
        CountRuleSettings.read(r, COMPLAINT_CLUSTER, d.complaintCluster);
        NpsDropSettings.read(r, d.npsDrop);
        KeyAccountSettings.read(r, d.keyAccount);
        EscalationSettings.read(r, d.escalation);
    }
}
