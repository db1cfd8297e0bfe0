package io.cxpulse.jobs.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo end to end on the real sample data: a broker in this JVM, the job on a MiniCluster,
 * the replay, the drain, and a summary that tells the planted billing incident.
 */
class DemoITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void demoSummaryNamesTheBillingIncidentOnPhone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(2);

        new Demo(out, Duration.ofSeconds(4)).run(Path.of("../sample-data"), env, "-", false);

        String summary = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("Lowest daily channel NPS: phone on 2026-03-10"), summary);
        assertTrue(summary.contains("NPS per channel, day starting 2026-03-15T00:00:00Z"), summary);
        assertTrue(count(summary, "cx.feedback") >= 5000, summary);
        assertTrue(count(summary, "cx.scored") >= 7000, summary);
        assertTrue(summary.contains("late") && summary.contains("not_utf8"), summary);
        assertTrue(summary.contains("Most negative comments"), summary);
        assertTrue(summary.contains("What hurt NPS most (key drivers, phone, 2026-03-10):\n"
                + "    1. billing "), summary);
        assertTrue(summary.contains("Most negative reviews in a day: google on 2026-03-10"), summary);
        String customers = summary.substring(summary.indexOf("Customer signals up to 2026-03-16"));
        int keyAccounts = customers.indexOf("Key accounts at risk");
        int silent = customers.indexOf("Silent churn risks");
        int critics = customers.indexOf("Loyal critics");
        assertTrue(keyAccounts >= 0 && keyAccounts < silent && silent < critics, customers);
        assertTrue(customers.substring(keyAccounts, silent).contains("C0007, key tier"), customers);
        assertTrue(customers.substring(silent, critics).contains("C0123"), customers);
        assertTrue(customers.contains("new 6"), customers);
        String alerts = summary.substring(summary.indexOf("Alerts opened up to 2026-03-16"));
        for (String planted : List.of("Cluster of billing complaints (all products)",
                "Surge of negative google reviews", "Surge of negative facebook reviews",
                "NPS of the phone channel fell", "Key account C0007 is at risk")) {
            assertTrue(alerts.contains(planted), planted + " in " + alerts);
        }
        assertTrue(alerts.contains("runbook: docs/runbooks/complaint-cluster.md"), alerts);
        // and no others: every alert opens during the billing incident or about C0007 in its wake
        Matcher opened = Pattern.compile("\\n  (\\d{4}-\\d\\d-\\d\\d)T\\S+\\s+\\w+\\s+(.*)").matcher(alerts);
        int seen = 0;
        while (opened.find()) {
            seen++;
            assertTrue(List.of("2026-03-10", "2026-03-11").contains(opened.group(1)), opened.group());
            assertTrue(!opened.group(2).startsWith("Key account")
                    || opened.group(2).startsWith("Key account C0007 "), opened.group());
        }
        assertTrue(seen >= 5, alerts);
    }

    private static long count(String summary, String topic) {
        Matcher m = Pattern.compile("\\n\\s+" + Pattern.quote(topic) + "\\s+([\\d,]+)").matcher(summary);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }
}
