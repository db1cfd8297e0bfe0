package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.InputKind;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        printLowest(daily);
        printMostNegative(outputs.records(config.scoredTopic()), 5);
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

    private void printLowest(List<JsonNode> daily) {
        daily.stream()
                .filter(r -> !r.path("low_sample").asBoolean())
                .min(Comparator.comparingDouble(r -> r.path("nps").asDouble()))
                .ifPresent(r -> out.printf(
                        "%nLowest daily channel NPS: %s on %s: %+.1f [%+.1f, %+.1f], %d responses%n",
                        r.path("value").asText(), r.path("window_start").asText().substring(0, 10),
                        r.path("nps").asDouble(), r.path("ci_low").asDouble(),
                        r.path("ci_high").asDouble(), r.path("responses").asLong()));
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
