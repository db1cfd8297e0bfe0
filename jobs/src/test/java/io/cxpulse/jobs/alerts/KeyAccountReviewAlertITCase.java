package io.cxpulse.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.testing.AlertRun;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.records.InputKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A key account's one-star review saying it is leaving opens a key-account alert at once, with
 * the review as evidence: reviews learn their customer's account as of their time, as survey
 * answers do. The same review from a standard account, from no one, or from the key account
 * before it became one, opens none.
 */
class KeyAccountReviewAlertITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    static final String LEAVING = "Charged twice again. We are moving to another provider unless"
            + " this is fixed.";

    static List<AlertRun.Lines> lines() {
        List<String> accounts = List.of(
                account("K1", "key", 900_000, "2026-01-01T00:00:00Z"),
                account("S1", "standard", 20_000, "2026-01-01T00:00:00Z"),
                account("U1", "standard", 20_000, "2026-01-01T00:00:00Z"),
                account("U1", "key", 800_000, "2026-04-10T12:00:00Z"));
        List<String> reviews = List.of(
                review("rv-k1", "2026-04-10T10:00:00Z", "\"customer_id\":\"K1\","),
                review("rv-s1", "2026-04-10T10:05:00Z", "\"customer_id\":\"S1\","),
                review("rv-anon", "2026-04-10T10:10:00Z", ""),
                review("rv-u1", "2026-04-10T10:15:00Z", "\"customer_id\":\"U1\","));
        return List.of(new AlertRun.Lines(InputKind.ACCOUNTS, AlertRun.utf8(accounts)),
                new AlertRun.Lines(InputKind.REVIEWS, AlertRun.utf8(reviews)));
    }

    private static String account(String customer, String tier, long value, String at) {
        return "{\"customer_id\":\"" + customer + "\",\"tier\":\"" + tier + "\",\"annual_value\":"
                + value + ",\"updated_at\":\"" + at + "\"}";
    }

    private static String review(String id, String time, String customer) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"" + time + "\"," + customer
                + "\"rating\":1,\"text\":\"" + LEAVING + "\",\"source\":\"google\","
                + "\"product\":\"fiber\",\"language\":\"en\"}";
    }

    @Test
    void aKeyAccountsChurnReviewOpensAKeyAccountAlertAtOnce() throws Exception {
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "dimensions", "overall", "key-accounts.pareto-share", "0")));
        List<Alert> opened = AlertRun.run(lines(), config).stream()
                .filter(a -> a.rule().equals(AlertSettings.KEY_ACCOUNT)
                        && a.status().equals(Alert.OPEN))
                .toList();

        assertEquals(List.of("key-account:customer:K1"), opened.stream().map(Alert::alertId).toList());
        Alert alert = opened.get(0);
        assertEquals(Instant.parse("2026-04-10T10:00:00Z").toEpochMilli(), alert.firstSeen());
        assertTrue(alert.message().contains("it says it may leave"), alert.message());
        assertEquals("rv-k1", alert.evidence()[0].eventId());
    }
}
