package io.cxpulse.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.testing.AlertRun;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.SampleLines;
import io.cxpulse.records.InputKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole workflow over the two weeks of sample data: only the planted incidents alert. */
class SampleDataAlertsITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void onlyThePlantedIncidentsOpenAlerts() throws Exception {
        Path dir = Path.of("..", "sample-data");
        List<Alert> alerts = AlertRun.run(List.of(
                        new AlertRun.Lines(InputKind.FEEDBACK, SampleLines.of(dir.resolve("cx.feedback.jsonl"))),
                        new AlertRun.Lines(InputKind.REVIEWS, SampleLines.of(dir.resolve("cx.reviews.jsonl"))),
                        new AlertRun.Lines(InputKind.ACCOUNTS, SampleLines.of(dir.resolve("cx.accounts.jsonl"))),
                        new AlertRun.Lines(InputKind.INTERACTIONS, SampleLines.of(dir.resolve("cx.interactions.jsonl")))),
                JobConfig.defaults());
        // the end of a bounded input reads as silence of every customer: judge what opens before
        long inputEnd = Instant.parse("2026-03-16T00:00:00Z").toEpochMilli();
        List<Alert> beforeEnd = alerts.stream().filter(a -> a.firstSeen() < inputEnd).toList();
        io.cxpulse.serde.OutputJson json = new io.cxpulse.serde.OutputJson();
        for (Alert a : alerts) {
            io.cxpulse.jobs.testing.SchemaAssertions.assertValid("cx.alerts",
                    io.cxpulse.jobs.testing.OutputReader.parse(
                            json.bytes(io.cxpulse.serde.AlertJson.alert(json, a))));
        }
        TreeSet<String> opened = new TreeSet<>();
        beforeEnd.stream().filter(a -> a.status().equals(Alert.OPEN)).forEach(a -> opened.add(a.alertId()));
        TreeSet<String> planted = new TreeSet<>(List.of(
                // the billing incident of 2026-03-10: the review burst on Google and Facebook
                "reputation-surge:segment:source=facebook/product=all",
                // most of the Facebook burst names no product: 13 one- and two-star reviews
                // where 0 to 6 a day are usual
                "reputation-surge:segment:source=facebook/product=unknown",
                "reputation-surge:segment:source=google/product=all",
                "reputation-surge:segment:source=google/product=unknown",
                // ... the double-charge complaints, in reviews and phone comments
                "complaint-cluster:segment:aspect=billing/product=all",
                "complaint-cluster:segment:aspect=billing/product=bundle",
                "complaint-cluster:segment:aspect=billing/product=fiber",
                "complaint-cluster:segment:aspect=billing/product=mobile",
                "complaint-cluster:segment:aspect=billing/product=unknown",
                "complaint-cluster:segment:aspect=price/product=all",
                "complaint-cluster:segment:aspect=price/product=fiber",
                // ... the phone NPS crash, and with it the NPS of all responses; products and
                // regions fall too, only as far as their share of phone answers takes them
                "nps-drop:segment:channel=phone",
                "nps-drop:segment:overall=all",
                // the key account turning detractor with churn intent in week 2; C0068, back
                // minutes after 2 silent days on 2026-03-07, is not among them
                "key-account:customer:C0007"));
        TreeSet<String> missing = new TreeSet<>(planted);
        missing.removeAll(opened);
        assertEquals(new TreeSet<>(), missing, "planted incidents that raised no alert");
        // The only extra alerts allowed are of the incident's own hours: complaint clusters, as
        // the double charge also spills into other aspects' counts (price, support), and surges
        // of the burst's two sources by product (Google's bundle reviews had 4 of the burst's
        // double-charge reviews on top of about 1 bad review a day). And at most one
        // NPS drop no incident explains: the rule judges every segment with 5 answers and opens
        // about 1 false alarm per 1,000 segment-days (NpsDropScenarioTest); here it judges about
        // 250. The one it opens, the jerusalem region on 2026-03-09 (18 detractors in 49 answers
        // where about 16% are usual), is such a one: the generator draws scores per channel and
        // region independently of them.
        long incident = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli();
        List<Alert> unexplainedNps = beforeEnd.stream().filter(a -> a.status().equals(Alert.OPEN)
                && a.rule().equals("nps-drop") && !planted.contains(a.alertId())).toList();
        assertTrue(unexplainedNps.size() <= 1, "NPS drops no incident explains: " + unexplainedNps);
        for (Alert a : beforeEnd) {
            if (a.status().equals(Alert.OPEN) && !planted.contains(a.alertId())
                    && !unexplainedNps.contains(a)) {
                boolean spill = a.rule().equals("complaint-cluster")
                        || a.alertId().startsWith("reputation-surge:segment:source=google/")
                        || a.alertId().startsWith("reputation-surge:segment:source=facebook/");
                assertTrue(spill, "unexpected " + a.alertId() + " at "
                        + Instant.ofEpochMilli(a.firstSeen()) + ": " + a.message());
                assertTrue(a.firstSeen() >= incident && a.firstSeen() < incident + 36 * 3_600_000L,
                        "unexpected " + a.alertId() + " at " + Instant.ofEpochMilli(a.firstSeen()));
            }
        }
        System.out.println("NPS drops no incident explains: " + unexplainedNps.stream()
                .map(a -> a.alertId() + " " + Instant.ofEpochMilli(a.windowStart())).toList());
        for (Alert a : beforeEnd) {
            if (!a.rule().equals("nps-drop")) {
                assertEquals("2026-03-", Instant.ofEpochMilli(a.firstSeen()).toString().substring(0, 8));
                assertTrue(a.firstSeen() >= Instant.parse("2026-03-10T00:00:00Z").toEpochMilli(),
                        a.alertId() + " opens on or after the incident");
            } else if (planted.contains(a.alertId())) {
                assertEquals(Instant.parse("2026-03-10T00:00:00Z").toEpochMilli(), a.windowStart(),
                        a.alertId() + " is about 2026-03-10");
            }
        }
        long resolved = alerts.stream().filter(a -> a.status().equals(Alert.RESOLVED)).count();
        long opens = alerts.stream().filter(a -> a.status().equals(Alert.OPEN)).count();
        assertEquals(opens, resolved, "every alert resolves by the end of the data");
    }
}
