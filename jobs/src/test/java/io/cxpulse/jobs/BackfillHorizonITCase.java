package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.retention.RetentionSettings;
import io.cxpulse.retention.TypicalGap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a backfill's input is not silence: over a twenty-day history where one key account
 * stops on day 5 and everyone else is active until the last event, the backfill reports the
 * customer who really went quiet, and nothing dated after the input's last event.
 */
class BackfillHorizonITCase {
    private static final long DAY = 86_400_000L;

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    private static final Instant DAY_1 = Instant.parse("2026-02-01T10:00:00Z");
    /** The input's last event: everyone but C1 uses the service daily up to it. */
    private static final Instant LAST_EVENT = DAY_1.plus(Duration.ofDays(19));
    /** C1's last activity, after four daily gaps. */
    private static final Instant C1_LAST = DAY_1.plus(Duration.ofDays(4));
    /** When C1 is at risk: silent past the limit its own four daily gaps give (about 5 days). */
    private static final Instant C1_DUE = C1_LAST.plusMillis(TypicalGap.atRiskAfter(
            new long[] {DAY, DAY, DAY, DAY}, RetentionSettings.defaults()));

    @TempDir
    static Path dir;
    private static Path output;

    @BeforeAll
    static void backfillTwentyDays() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        List<String> accounts = new ArrayList<>();
        List<String> interactions = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            accounts.add("{\"event_id\":\"ac-" + c + "\",\"timestamp\":\"2026-02-01T00:00:00Z\","
                    + "\"customer_id\":\"C" + c + "\",\"tier\":\"" + (c <= 2 ? "key" : "standard")
                    + "\",\"annual_value\":" + (c <= 2 ? 500000 : 1000) + "}");
            Instant last = c == 1 ? C1_LAST : LAST_EVENT;
            int day = 0;
            for (Instant t = DAY_1; !t.isAfter(last); t = t.plus(Duration.ofDays(1)), day++) {
                interactions.add("{\"event_id\":\"ix-" + c + "-" + day + "\",\"timestamp\":\"" + t
                        + "\",\"customer_id\":\"C" + c + "\",\"type\":\""
                        + (day == 0 ? "signup" : "usage") + "\",\"product\":\"fiber\"}");
            }
        }
        Files.write(input.resolve("cx.accounts.jsonl"), accounts, StandardCharsets.UTF_8);
        Files.write(input.resolve("cx.interactions.jsonl"), interactions, StandardCharsets.UTF_8);
        output = dir.resolve("out");
        Backfill.run(input, output, JobConfig.from(ParameterTool.fromMap(Map.of())), 2);
    }

    @Test
    void noCustomerSignalIsDatedAfterTheLastEvent() throws Exception {
        List<JsonNode> signals = lines("cx.customer-signals");
        assertFalse(signals.isEmpty());
        for (JsonNode s : signals) {
            assertFalse(time(s, "timestamp").isAfter(LAST_EVENT), s.toString());
        }
    }

    @Test
    void aCustomerSilentLongBeforeTheEndIsStillAtRisk() throws Exception {
        Instant due = C1_DUE;
        assertTrue(due.isBefore(C1_LAST.plus(Duration.ofDays(7))), "within a week: " + due);
        List<JsonNode> atRisk = lines("cx.customer-signals").stream()
                .filter(s -> s.get("signal").asText().equals("at_risk")).toList();
        assertEquals(1, atRisk.size(), atRisk.toString());
        assertEquals("C1", atRisk.get(0).get("customer_id").asText());
        assertEquals(due, time(atRisk.get(0), "timestamp"));

        List<JsonNode> alerts = lines("cx.alerts").stream()
                .filter(a -> a.get("rule").asText().equals("key-account")).toList();
        assertTrue(alerts.stream().anyMatch(a -> a.get("status").asText().equals("open")
                && a.get("subject").get("id").asText().equals("C1")
                && time(a, "first_seen").equals(due.plus(Duration.ofHours(6)))), alerts.toString());
    }

    @Test
    void noRetentionRollupCoversTimeAfterTheLastEvent() throws Exception {
        List<JsonNode> rollups = lines("cx.rollups.retention");
        for (JsonNode r : rollups) {
            assertFalse(time(r, "window_end").minusMillis(1).isAfter(LAST_EVENT), r.toString());
        }
        // the last full day before the last event: C2 to C6 active, all five were the day before
        JsonNode day = rollups.stream()
                .filter(r -> r.get("dimension").asText().equals("overall")
                        && r.get("window_start").asText().equals("2026-02-19T00:00:00Z"))
                .reduce((a, b) -> b.get("revision").asInt() > a.get("revision").asInt() ? b : a)
                .orElseThrow(() -> new AssertionError("no rollup for 2026-02-19: " + rollups));
        assertEquals(5, day.get("active").asLong(), day.toString());
        assertEquals(5, day.get("retained").asLong(), day.toString());
    }

    @Test
    void noAlertIsDatedAfterTheLastEvent() throws Exception {
        List<JsonNode> alerts = lines("cx.alerts");
        assertFalse(alerts.isEmpty());
        for (JsonNode a : alerts) {
            assertFalse(time(a, "first_seen").isAfter(LAST_EVENT), a.toString());
            assertFalse(time(a, "last_seen").isAfter(LAST_EVENT), a.toString());
            assertFalse(Instant.parse(a.get("window").get("start").asText()).isAfter(LAST_EVENT),
                    a.toString());
        }
    }

    private static Instant time(JsonNode record, String field) {
        return Instant.parse(record.get(field).asText());
    }

    private static List<JsonNode> lines(String topic) throws Exception {
        return Files.readAllLines(output.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(l -> OutputReader.parse(l.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
