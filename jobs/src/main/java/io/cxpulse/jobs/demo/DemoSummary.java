package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.InputKind;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The readable end of the demo: what went in, what came out, and what it says. */
final class DemoSummary {
    private final JobConfig config;
    private final OutputCollector outputs;
    private final PrintStream out;

    DemoSummary(JobConfig config, OutputCollector outputs, PrintStream out) {
        this.config = config;
        this.outputs = outputs;
        this.out = out;
    }

    void print(Map<InputKind, Long> inputs) {
        out.println();
        out.println("Records in");
        inputs.forEach((kind, n) ->
                out.printf("  %-24s %,8d%n", config.inputTopics().get(kind), n));
        out.println("Records out");
        for (String topic : config.outputTopics()) {
            out.printf("  %-24s %,8d%n", topic, outputs.count(topic));
        }
        out.println("Dead letters by reason");
        countBy(outputs.records(config.deadLetterTopic()), "error_type")
                .forEach((reason, n) -> out.printf("  %-24s %,8d%n", reason, n));

        List<JsonNode> daily = Rollups.latestByKey(outputs.records(config.npsRollupsTopic())).values().stream()
                .filter(r -> r.path("window").asText().equals("1d"))
                .filter(r -> r.path("dimension").asText().equals("channel"))
                .toList();
        printLastDay(daily);
        printLowest(daily).ifPresent(this::printDrivers);
        printReviewBurst();
        String inputEnd = daily.stream().map(r -> r.path("window_end").asText())
                .max(Comparator.naturalOrder()).orElse("9999");
        printCustomers(inputEnd);
        printAlerts(inputEnd);
        printMostNegative(outputs.records(config.scoredTopic()), 5);
    }

    /**
     * Every alert opened up to the end of the input, in the order it opened, with its first
     * evidence and runbook. (Deadlines that the end of a bounded run brings due open alerts
     * dated after the input; they are left out, as in the customer signals.)
     */
    private void printAlerts(String inputEnd) {
        List<JsonNode> opened = outputs.records(config.alerts().topic()).stream()
                .filter(a -> a.path("status").asText().equals("open"))
                .filter(a -> a.path("first_seen").asText().compareTo(inputEnd) < 0)
                .sorted(Comparator.comparing((JsonNode a) -> a.path("first_seen").asText())
                        .thenComparing(a -> a.path("alert_id").asText()))
                .toList();
        out.printf("%nAlerts opened up to %s: %d %s%n", inputEnd.substring(0, Math.min(10,
                inputEnd.length())), opened.size(), countBy(opened, "rule"));
        for (JsonNode a : opened) {
            out.printf("  %s  %-8s %s%n", a.path("first_seen").asText().substring(0, 16),
                    a.path("severity").asText(), shorten(a.path("message").asText(), 110));
            JsonNode evidence = a.path("evidence").path(0);
            if (!evidence.isMissingNode()) {
                out.printf("         e.g. %s: \"%s\"%n", evidence.path("event_id").asText(),
                        shorten(evidence.path("text").asText(), 80));
            }
            out.printf("         runbook: %s%n", a.path("runbook").asText());
        }
    }

    private void printLastDay(List<JsonNode> daily) {
        String lastDay = daily.stream().map(r -> r.path("window_start").asText())
                .max(Comparator.naturalOrder()).orElse(null);
        if (lastDay == null) {
            out.println("\nNo daily NPS rollups were produced.");
            return;
        }
        out.printf("%nNPS per channel, day starting %s (95%% adjusted-Wald interval)%n", lastDay);
        out.printf("  %-10s %9s %8s   %-18s%n", "channel", "responses", "NPS", "interval");
        daily.stream()
                .filter(r -> r.path("window_start").asText().equals(lastDay))
                .sorted(Comparator.comparing(r -> r.path("value").asText()))
                .forEach(r -> out.printf("  %-10s %9d %+8.1f   [%+.1f, %+.1f]%s%n",
                        r.path("value").asText(), r.path("responses").asLong(),
                        r.path("nps").asDouble(), r.path("ci_low").asDouble(),
                        r.path("ci_high").asDouble(),
                        r.path("low_sample").asBoolean() ? "  (low sample)" : ""));
    }

    private Optional<JsonNode> printLowest(List<JsonNode> daily) {
        Optional<JsonNode> lowest = daily.stream()
                .filter(r -> !r.path("low_sample").asBoolean())
                .min(Comparator.comparingDouble(r -> r.path("nps").asDouble()));
        lowest.ifPresent(r -> out.printf(
                "%nLowest daily channel NPS: %s on %s: %+.1f [%+.1f, %+.1f], %d responses "
                        + "(value-weighted %+.1f)%n",
                r.path("value").asText(), r.path("window_start").asText().substring(0, 10),
                r.path("nps").asDouble(), r.path("ci_low").asDouble(),
                r.path("ci_high").asDouble(), r.path("responses").asLong(),
                r.path("nps_weighted").asDouble()));
        return lowest;
    }

    /** What cost the segment of a rollup most NPS that day, from the survey key drivers. */
    private void printDrivers(JsonNode npsRollup) {
        String start = npsRollup.path("window_start").asText();
        String channel = npsRollup.path("value").asText();
        outputs.records(config.driverRollupsTopic()).stream()
                .filter(r -> r.path("source_kind").asText().equals("survey")
                        && r.path("dimension").asText().equals("channel")
                        && r.path("value").asText().equals(channel)
                        && r.path("window_start").asText().equals(start))
                .max(Comparator.comparingInt(r -> r.path("revision").asInt()))
                .ifPresent(r -> {
                    out.printf("  What hurt NPS most (key drivers, %s, %s):%n", channel,
                            start.substring(0, 10));
                    int shown = 0;
                    for (JsonNode a : r.path("aspects")) {
                        if (shown++ == 3 || a.path("negative_mentions").asLong() == 0) {
                            break;
                        }
                        if (a.path("nps_points_lost").isNull()) {
                            // every response criticises it: no others to measure its cost against
                            out.printf("    %d. %-13s named by every response: %d complaints, NPS %+.1f%n",
                                    a.path("rank").asInt(), a.path("aspect").asText(),
                                    a.path("negative_mentions").asLong(),
                                    a.path("nps_negative").asDouble());
                            continue;
                        }
                        out.printf("    %d. %-13s costs %4.1f NPS points: %d complaints, NPS %+.1f "
                                        + "vs %+.1f for the others%s%n",
                                a.path("rank").asInt(), a.path("aspect").asText(),
                                a.path("nps_points_lost").asDouble(),
                                a.path("negative_mentions").asLong(),
                                a.path("nps_negative").asDouble(), a.path("nps_others").asDouble(),
                                a.path("low_sample").asBoolean() ? " (thin evidence)" : "");
                    }
                });
    }

    /** The day and source with the most negative reviews, against that source's other days. */
    private void printReviewBurst() {
        List<JsonNode> daily = Rollups.latestByKey(outputs.records(config.reviewRollupsTopic()))
                .values().stream()
                .filter(r -> r.path("window").asText().equals("1d")
                        && r.path("dimension").asText().equals("source"))
                .toList();
        daily.stream().max(Comparator.comparingLong(DemoSummary::negativeReviews)).ifPresent(r -> {
            String source = r.path("value").asText();
            long[] others = daily.stream()
                    .filter(o -> o.path("value").asText().equals(source) && o != r)
                    .mapToLong(DemoSummary::negativeReviews).sorted().toArray();
            long typical = others.length == 0 ? 0 : others[others.length / 2];
            out.printf("%nMost negative reviews in a day: %s on %s: %d of %d reviews at 1-2 stars "
                            + "(a typical day: %d), mean %.2f stars%n",
                    source, r.path("window_start").asText().substring(0, 10), negativeReviews(r),
                    r.path("reviews").asLong(), typical, r.path("mean_rating").asDouble());
            out.println("  about: " + joined(r.path("top_negative_aspects"), "aspect")
                    + "; words: " + joined(r.path("top_negative_terms"), "term"));
        });
    }

    /**
     * What customers did, up to the end of the input: signals by kind, then the key accounts at
     * risk and the biggest silent churn risks and loyal critics. A drained or bounded run also
     * fires the deadlines of customers still silent at its end, dated after the input; those are
     * left out here.
     */
    private void printCustomers(String inputEnd) {
        List<JsonNode> signals = outputs.records(config.retention().signalsTopic()).stream()
                .filter(r -> r.path("timestamp").asText().compareTo(inputEnd) < 0)
                .toList();
        out.printf("%nCustomer signals up to %s: ", inputEnd.substring(0, 10));
        StringBuilder counts = new StringBuilder();
        countBy(signals, "signal").forEach((signal, n) ->
                counts.append(counts.isEmpty() ? "" : ", ").append(signal).append(' ').append(n));
        out.println(counts);
        Comparator<JsonNode> byValue = Comparator.comparingDouble(
                r -> -r.path("evidence").path("annual_value").asDouble());
        printSignals("Key accounts at risk", signals.stream()
                .filter(r -> r.path("key_account").asBoolean()
                        && r.path("signal").asText().equals("at_risk")), byValue);
        printSignals("Silent churn risks: happy promoters gone quiet, most out of character first",
                signals.stream().filter(r -> r.path("signal").asText().equals("silent_churn_risk")
                        && r.path("cause").asText().equals("inactivity")
                        && r.path("evidence").path("last_nps").asInt() >= 9),
                Comparator.comparingDouble(r -> -silenceInTypicalGaps(r)));
        printSignals("Loyal critics (complain, keep buying)", signals.stream()
                .filter(r -> r.path("signal").asText().equals("loyal_critic")), byValue);
    }

    /** How many of the customer's own typical gaps the silence lasted. */
    private static double silenceInTypicalGaps(JsonNode signal) {
        JsonNode e = signal.path("evidence");
        return e.path("days_since_last_activity").asDouble()
                / Math.max(e.path("typical_gap_days").asDouble(), 0.01);
    }

    private void printSignals(String title, java.util.stream.Stream<JsonNode> signals,
            Comparator<JsonNode> order) {
        out.println("  " + title + ":");
        Map<String, JsonNode> latestPerCustomer = new TreeMap<>();
        signals.forEach(r -> latestPerCustomer.put(r.path("customer_id").asText(), r));
        latestPerCustomer.values().stream()
                .sorted(order)
                .limit(3)
                .forEach(r -> out.printf("    %s  %s, %s tier, annual value %,.0f: %s%n",
                        r.path("timestamp").asText().substring(0, 10),
                        r.path("customer_id").asText(), r.path("tier").asText(),
                        r.path("evidence").path("annual_value").asDouble(),
                        r.path("reason").asText()));
        if (latestPerCustomer.isEmpty()) {
            out.println("    none");
        }
    }

    private static long negativeReviews(JsonNode reviewRollup) {
        return Math.round(reviewRollup.path("negative_share").asDouble()
                * reviewRollup.path("reviews").asLong());
    }

    private static String joined(JsonNode counts, String field) {
        StringBuilder b = new StringBuilder();
        for (JsonNode c : counts) {
            b.append(b.isEmpty() ? "" : ", ").append(c.path(field).asText())
                    .append(" (").append(c.path("count").asLong()).append(')');
        }
        return b.isEmpty() ? "-" : b.toString();
    }

    private void printMostNegative(List<JsonNode> scored, int limit) {
        out.println("\nMost negative comments, and the words that drove them");
        scored.stream()
                .filter(r -> r.path("kind").asText().equals("feedback"))
                .filter(r -> r.path("sentiment").isObject())
                .sorted(Comparator.comparingDouble(r -> r.path("sentiment").path("score").asDouble()))
                .limit(limit)
                .forEach(this::printComment);
    }

    private void printComment(JsonNode r) {
        JsonNode s = r.path("sentiment");
        out.printf("  %+.2f  %s  %s, %s, NPS %d: \"%s\"%n", s.path("score").asDouble(),
                r.path("timestamp").asText().substring(0, 10), r.path("customer_id").asText(),
                r.path("channel").asText("-"), r.path("nps").asInt(),
                shorten(r.path("comment").asText(), 90));
        StringBuilder drivers = new StringBuilder();
        for (JsonNode t : s.path("terms")) {
            if (!drivers.isEmpty()) {
                drivers.append(", ");
            }
            drivers.append(t.path("term").asText())
                    .append(String.format(" (%+.1f)", t.path("weight").asDouble()));
        }
        out.println("         drivers: " + (drivers.isEmpty() ? "-" : drivers));
    }

    private static Map<String, Long> countBy(List<JsonNode> records, String field) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode r : records) {
            counts.merge(r.path(field).asText(), 1L, Long::sum);
        }
        return counts;
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
