package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.demo.Rollups;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.BackfillComparison;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.ReferenceNps;
import io.cxpulse.jobs.testing.Scenario;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job on a Flink MiniCluster against a real in-process Kafka broker: known input in,
 * outputs read back with a {@code read_committed} consumer and checked against values computed
 * independently; then the same input as files through the batch backfill, which must agree.
 */
class CxPulseJobITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    private static EmbeddedKafka kafka;
    private static final Scenario SCENARIO = new Scenario();
    private static JobConfig config;
    private static Map<String, String> settings;
    private static Map<String, List<OutputReader.Keyed>> outputs;
    private static Map<String, InputCount> inputs;

    @BeforeAll
    static void runJobOnKafka() throws Exception {
        kafka = EmbeddedKafka.start();
        settings = Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "it-job",
                "checkpoint.interval", "1s",
                "starting.offsets", "earliest");
        config = JobConfig.from(ParameterTool.fromMap(settings));
        kafka.createTopics(config.inputTopics().values(), 1);
        kafka.createTopics(config.outputTopics(), 2);
        for (InputKind kind : InputKind.values()) {
            InputProducer.send(kafka, config.inputTopics().get(kind),
                    SCENARIO.lines.get(kind));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.jobSettings());
        env.setParallelism(2);
        CxPulseJob.build(env, config, true);
        inputs = InputCount.fromAccumulators(
                env.execute("cx-pulse ITCase").getAllAccumulatorResults(), s -> s);

        outputs = new HashMap<>();
        for (String topic : config.outputTopics()) {
            outputs.put(topic, OutputReader.readAll(kafka.bootstrapServers(), topic));
        }
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void dailyNpsPerChannelMatchesIndependentComputation() {
        Map<String, JsonNode> latest = Rollups.latestByKey(values(config.npsRollupsTopic()));
        Map<String, List<Integer>> expected = new HashMap<>();
        for (Scenario.Response r : SCENARIO.counted) {
            String day = r.time().toString().substring(0, 10) + "T00:00:00Z";
            expected.computeIfAbsent("1d|channel|" + r.channel() + "|" + day, k -> new ArrayList<>())
                    .add(r.nps());
            expected.computeIfAbsent("1d|overall|all|" + day, k -> new ArrayList<>()).add(r.nps());
        }
        assertEquals(8, expected.size());
        expected.forEach((key, scores) -> {
            JsonNode rollup = latest.get(key);
            assertTrue(rollup != null, "no rollup for " + key);
            ReferenceNps ref = ReferenceNps.of(scores);
            assertEquals(ref.n(), rollup.get("responses").asLong(), key);
            assertEquals(ref.promoters(), rollup.get("promoters").asLong(), key);
            assertEquals(ref.passives(), rollup.get("passives").asLong(), key);
            assertEquals(ref.detractors(), rollup.get("detractors").asLong(), key);
            assertEquals(ref.nps(), rollup.get("nps").asDouble(), 0.005, key);
            assertEquals(ref.ciLow(), rollup.get("ci_low").asDouble(), 0.005, key);
            assertEquals(ref.ciHigh(), rollup.get("ci_high").asDouble(), 0.005, key);
        });
    }

    @Test
    void hourlyRollupsAddUpToEveryCountedResponse() {
        long total = Rollups.latestByKey(values(config.npsRollupsTopic())).values().stream()
                .filter(r -> r.get("window").asText().equals("1h"))
                .filter(r -> r.get("dimension").asText().equals("overall"))
                .mapToLong(r -> r.get("responses").asLong())
                .sum();
        assertEquals(SCENARIO.validFeedback(), total);
    }

    @Test
    void rollupKeysNameWindowDimensionValueAndStart() {
        for (OutputReader.Keyed r : outputs.get(config.npsRollupsTopic())) {
            JsonNode v = r.value();
            assertEquals(v.get("window").asText() + "|" + v.get("dimension").asText() + "|"
                    + v.get("value").asText() + "|" + v.get("window_start").asText(), r.key());
        }
    }

    @Test
    void reviewRollupsCountStarsTextAndDisagreementsOfEveryReview() {
        List<JsonNode> overall = latest(config.reviewRollupsTopic(), "1d", "overall");
        assertEquals(SCENARIO.validReviews,
                overall.stream().mapToLong(r -> r.get("reviews").asLong()).sum());
        long negative = 0;
        long highStarsNegativeText = 0;
        long lowStarsPositiveText = 0;
        for (int i = 0; i < SCENARIO.validReviews; i++) {
            int rating = i % 5 + 1;
            boolean negativeText = i % 2 == 0;
            negative += rating <= 2 ? 1 : 0;
            highStarsNegativeText += rating >= 4 && negativeText ? 1 : 0;
            lowStarsPositiveText += rating <= 2 && !negativeText ? 1 : 0;
        }
        assertEquals(negative, overall.stream().mapToLong(r ->
                Math.round(r.get("negative_share").asDouble() * r.get("reviews").asLong())).sum());
        assertEquals(highStarsNegativeText, overall.stream()
                .mapToLong(r -> r.get("high_rating_negative_text").asLong()).sum());
        assertEquals(lowStarsPositiveText, overall.stream()
                .mapToLong(r -> r.get("low_rating_positive_text").asLong()).sum());
        for (JsonNode r : overall) {
            assertEquals("billing", r.get("top_negative_aspects").get(0).get("aspect").asText());
        }
    }

    @Test
    void surveyDriversCountEveryResponseAndReviewDriversNameBilling() {
        List<JsonNode> survey = latest(config.driverRollupsTopic(), "1d", "overall").stream()
                .filter(r -> r.get("source_kind").asText().equals("survey")).toList();
        assertEquals(SCENARIO.validFeedback(),
                survey.stream().mapToLong(r -> r.get("responses").asLong()).sum());
        List<JsonNode> reviews = latest(config.driverRollupsTopic(), "1d", "overall").stream()
                .filter(r -> r.get("source_kind").asText().equals("reviews")).toList();
        long billingComplaints = reviews.stream().flatMap(r -> stream(r.get("aspects")))
                .filter(a -> a.get("aspect").asText().equals("billing"))
                .mapToLong(a -> a.get("negative_mentions").asLong()).sum();
        assertEquals((SCENARIO.validReviews + 1) / 2, billingComplaints);
    }

    @Test
    void weightedNpsWeighsEachResponseByItsAccountValue() {
        Map<java.time.LocalDate, double[]> weights = new java.util.TreeMap<>();
        for (Scenario.Response r : SCENARIO.counted) {
            int customer = r.eventId().hashCode() & 7;
            double weight = customer <= 4 ? 1000.0 * (customer + 1) : 1.0;
            double[] w = weights.computeIfAbsent(
                    r.time().atZone(java.time.ZoneOffset.UTC).toLocalDate(), d -> new double[3]);
            w[0] += weight;
            w[1] += r.nps() >= 9 ? weight : 0.0;
            w[2] += r.nps() <= 6 ? weight : 0.0;
        }
        List<JsonNode> overall = latest(config.npsRollupsTopic(), "1d", "overall");
        assertEquals(weights.size(), overall.size());
        for (JsonNode r : overall) {
            double[] w = weights.get(java.time.LocalDate.parse(
                    r.get("window_start").asText().substring(0, 10)));
            assertEquals(100.0 * (w[1] - w[2]) / w[0], r.get("nps_weighted").asDouble(), 0.005,
                    r.toString());
        }
    }

    @Test
    void retentionRollupsCountActiveCustomersAndRevenuePerDay() {
        Map<String, java.util.Set<String>> active = new java.util.TreeMap<>();
        Map<String, Double> revenue = new java.util.TreeMap<>();
        for (int i = 0; i < 50; i++) {
            String day = Scenario.BASE.plusSeconds(i * 55L * 60).toString().substring(0, 10);
            active.computeIfAbsent(day, d -> new java.util.TreeSet<>()).add("C" + (i % 7));
            revenue.merge(day, 19.90, Double::sum);
        }
        List<JsonNode> overall = latest(config.retention().rollupsTopic(), "1d", "overall").stream()
                .filter(r -> active.containsKey(r.get("window_start").asText().substring(0, 10)))
                .toList();
        assertEquals(active.size(), overall.size(), overall.toString());
        for (JsonNode r : overall) {
            String day = r.get("window_start").asText().substring(0, 10);
            assertEquals(active.get(day).size(), r.get("active").asLong(), r.toString());
            assertEquals(revenue.get(day), r.get("revenue").asDouble(), 0.005, r.toString());
        }
    }

    @Test
    void everyValidFeedbackAndReviewIsScored() {
        List<JsonNode> scored = values(config.scoredTopic());
        assertEquals(SCENARIO.validFeedback() + SCENARIO.validReviews, scored.size());
        Map<String, JsonNode> byComment = scored.stream()
                .filter(s -> s.get("kind").asText().equals("feedback"))
                .filter(s -> s.has("comment"))
                .collect(Collectors.toMap(s -> s.get("comment").asText(), s -> s, (a, b) -> a));
        assertEquals("negative", label(byComment.get("not good at all")));
        assertEquals("negative", label(byComment.get("Terrible, I waited two hours")));
        assertEquals("positive", label(byComment.get("Great service, very helpful staff")));
        assertEquals("positive", label(byComment.get("השירות היה מעולה")));
        assertNotEquals("negative", label(byComment.get("לא רע")));
        JsonNode any = byComment.get("not good at all");
        assertEquals("survey-tool", any.get("extra").get("source_system").asText());
        assertEquals(any.get("nps").asInt() >= 9 ? "promoter"
                : any.get("nps").asInt() >= 7 ? "passive" : "detractor", any.get("nps_class").asText());
    }

    @Test
    void everyBadRecordIsDeadLetteredWithReasonAndRawPayload() {
        List<JsonNode> dead = values(config.deadLetterTopic());
        assertEquals(SCENARIO.bad.size(), dead.size());
        for (Scenario.Bad bad : SCENARIO.bad) {
            JsonNode match = dead.stream()
                    .filter(d -> rawPayload(d).equals(new String(bad.payload(), StandardCharsets.ISO_8859_1)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter for "
                            + new String(bad.payload(), StandardCharsets.UTF_8)));
            assertEquals(bad.errorType(), match.get("error_type").asText());
            assertTrue(match.get("reason").asText().contains(bad.reasonPart()),
                    match.get("reason").asText() + " should mention " + bad.reasonPart());
            assertEquals(config.inputTopics().get(bad.kind()), match.get("source").asText());
            assertEquals(bad.kind().key(), match.get("input").asText());
            assertTrue(match.has("offset") && match.has("detected_at"));
        }
    }

    @Test
    void everyRecordReadIsAcceptedOrDeadLetteredOnce() {
        List<JsonNode> dead = values(config.deadLetterTopic());
        for (InputKind kind : InputKind.values()) {
            String topic = config.inputTopics().get(kind);
            InputCount count = inputs.get(topic);
            long deadHere = dead.stream().filter(d -> d.get("source").asText().equals(topic)).count();
            assertEquals(SCENARIO.lines.get(kind).size(), count.read(), topic);
            assertEquals(deadHere, count.deadLetteredTotal(), topic);
            assertTrue(count.balanced(), topic + " " + count);
        }
    }

    @Test
    void everyOutputRecordFollowsItsTopicSchema() {
        for (String topic : config.outputTopics()) {
            List<JsonNode> records = values(topic);
            assertTrue(!records.isEmpty(), topic);
            records.forEach(r -> SchemaAssertions.assertValid(topic, r));
        }
    }

    /**
     * The backfill drops late events as the streaming run did ({@code backfill.lateness=streaming},
     * since the scenario has a late event). A streaming run that reaches the end of its input
     * reads it as silence, while a backfill knows nothing after its last event: the streaming
     * run's records dated after that are left out of the comparison.
     */
    @Test
    void backfillOverTheSameInputGivesTheSameResults(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (InputKind kind : InputKind.values()) {
            try (var out = Files.newOutputStream(input.resolve(config.inputTopics().get(kind) + ".jsonl"))) {
                for (byte[] line : SCENARIO.lines.get(kind)) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Path output = dir.resolve("out");
        Map<String, String> backfillSettings = new HashMap<>(settings);
        backfillSettings.put("backfill.lateness", "streaming");
        Map<String, Long> counts = Backfill.run(input, output,
                JobConfig.from(ParameterTool.fromMap(backfillSettings)), 2).written();

        java.time.Instant lastEvent = SCENARIO.counted.stream().map(Scenario.Response::time)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        BackfillComparison.assertSameResults(CxPulseJobITCase::values, output, config, lastEvent);
        assertEquals(values(config.scoredTopic()).size(), counts.get(config.scoredTopic()));
        assertEquals(values(config.scoredTopic()).stream().map(s -> s.get("event_id").asText()).sorted().toList(),
                BackfillComparison.readLines(output, config.scoredTopic()).stream().map(s -> s.get("event_id").asText()).sorted().toList());
        List<JsonNode> dead = BackfillComparison.readLines(output, config.deadLetterTopic());
        assertEquals(SCENARIO.bad.size(), dead.size());
        assertTrue(dead.stream().allMatch(d -> d.has("line") && !d.has("offset")));
        assertEquals(
                values(config.deadLetterTopic()).stream().map(d -> d.get("error_type").asText()).sorted().toList(),
                dead.stream().map(d -> d.get("error_type").asText()).sorted().toList());
    }

    private static String rawPayload(JsonNode deadLetter) {
        String payload = deadLetter.get("payload").asText();
        byte[] bytes = deadLetter.get("payload_encoding").asText().equals("base64")
                ? Base64.getDecoder().decode(payload)
                : payload.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String label(JsonNode scored) {
        return scored.get("sentiment").get("label").asText();
    }

    private static List<JsonNode> values(String topic) {
        return outputs.get(topic).stream().map(OutputReader.Keyed::value).toList();
    }

    private static List<JsonNode> latest(String topic, String window, String dimension) {
        return Rollups.latestByKey(values(topic)).values().stream()
                .filter(r -> r.get("window").asText().equals(window)
                        && r.get("dimension").asText().equals(dimension))
                .toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
