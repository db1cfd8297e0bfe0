package io.cxpulse.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.testing.AlertRun;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.records.InputKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A standard-tier customer whose annual value puts it in the Pareto set is a key account for
 * the key-account rule as it is for customer tracking: its churn-intent answer reaches the rule.
 * The rule is set to alert on churn intent alone, so that one answer is enough.
 */
class ParetoKeyAccountAlertITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    /**
     * P1 is worth 1,000,000 a year, five others 10,000 each: P1 alone makes 95% of the total,
     * so the Pareto set at a share of 0.8 is P1. Every account is tier standard. P1 and S1
     * answer 3 with churn intent; S1 is not a key account either way.
     */
    static List<AlertRun.Lines> lines() {
        List<String> accounts = new ArrayList<>();
        accounts.add(account("P1", 1_000_000));
        for (int i = 1; i <= 5; i++) {
            accounts.add(account("S" + i, 10_000));
        }
        List<String> feedback = List.of(
                answer("fb-1", "2026-04-10T10:00:00Z", "P1"),
                answer("fb-2", "2026-04-10T11:00:00Z", "S1"));
        return List.of(new AlertRun.Lines(InputKind.ACCOUNTS, AlertRun.utf8(accounts)),
                new AlertRun.Lines(InputKind.FEEDBACK, AlertRun.utf8(feedback)));
    }

    private static String account(String customer, long value) {
        return "{\"customer_id\":\"" + customer + "\",\"tier\":\"standard\",\"annual_value\":"
                + value + ",\"updated_at\":\"2026-01-01T00:00:00Z\"}";
    }

    private static String answer(String id, String time, String customer) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\",\"customer_id\":\""
                + customer + "\",\"nps\":3,\"comment\":\"We are considering switching provider, "
                + "the bill is wrong\",\"channel\":\"web\",\"product\":\"fiber\",\"language\":\"en\"}";
    }

    static JobConfig config(String paretoShare) {
        Map<String, String> settings = new HashMap<>();
        settings.put("dimensions", "overall");
        settings.put("alerts.key-account.intent-alone", "true");
        settings.put("key-accounts.pareto-share", paretoShare);
        return JobConfig.from(ParameterTool.fromMap(settings));
    }

    private static List<Alert> keyAccountAlerts(JobConfig config) throws Exception {
        return AlertRun.run(lines(), config).stream()
                .filter(a -> a.rule().equals(AlertSettings.KEY_ACCOUNT))
                .toList();
    }

    @Test
    void aParetoKeyAccountSayingItMayLeaveOpensAKeyAccountAlert() throws Exception {
        List<Alert> alerts = keyAccountAlerts(config("0.8"));

        List<Alert> opened = alerts.stream().filter(a -> a.status().equals(Alert.OPEN)).toList();
        assertEquals(List.of("key-account:customer:P1"),
                opened.stream().map(Alert::alertId).toList());
        Alert alert = opened.get(0);
        assertTrue(alert.subject().keyAccount());
        assertTrue(alert.message().contains("it says it may leave"), alert.message());
        assertEquals("fb-1", alert.evidence()[0].eventId());
    }

    @Test
    void withoutTheParetoSetTheSameCustomerIsNoKeyAccount() throws Exception {
        assertEquals(List.of(), keyAccountAlerts(config("0")));
    }
}
