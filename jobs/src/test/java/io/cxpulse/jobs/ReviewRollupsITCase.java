package io.cxpulse.jobs;

import static io.cxpulse.jobs.testing.SchemaAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.functions.ScoreReview;
import io.cxpulse.jobs.testing.EveryEventWatermarks;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.SampleLines;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import io.cxpulse.serde.EventParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ReviewRollups} on a MiniCluster: hand-computed rollups with a late review revising its
 * window, and the whole sample data set, every record matching the topic's schema.
 */
class ReviewRollupsITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    private static final String TOPIC = "cx.rollups.reviews";
    private static final SentimentTerm[] NO_TERMS = new SentimentTerm[0];
    private static final AspectSentiment[] NO_ASPECTS = new AspectSentiment[0];

    @Test
    void handComputedRollupsWithALateReviewAsRevisionTwo() throws Exception {
        List<ScoredReview> input = List.of(
                review("10:05", 5, "google", "great", 0.5, NO_TERMS, NO_ASPECTS),
                review("10:10", 1, "google", "Charged twice", -0.7,
                        terms(term("Charged", -2.0)), aspects(aspect("billing", -0.8))),
                review("10:20", 4, "facebook", "slow, charged", -0.3,
                        terms(term("slow", -1.0), term("charged", -1.5)),
                        aspects(aspect("billing", -0.2), aspect("support", -0.5))),
                // watermark 11:14:59.999 closes the 10:00 hour; empty text counts stars only
                review("11:20", 5, "facebook", "", -0.9, terms(term("x", -1.0)), NO_ASPECTS),
                // 45 minutes behind the watermark, within the 1 h allowed lateness: revision 2
                review("10:30", 2, "google", "nice people", 0.4, NO_TERMS, NO_ASPECTS),
                review("12:40", 5, "google", "fast", 0.9, NO_TERMS, NO_ASPECTS));
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "windows", "1h", "review.dimensions", "overall,source", "min.sample", "3",
                "top.n", "2")));

        Map<String, List<JsonNode>> byKey = new HashMap<>();
        List<OutputRecord> out = run(input, config);
        for (OutputRecord r : out) {
            assertEquals(config.reviewRollupsTopic(), r.topic());
            JsonNode value = OutputReader.parse(r.value());
            assertValid(TOPIC, value);
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(value);
        }
        assertEquals(Map.of(
                "1h|overall|all|2026-03-01T10:00:00Z", 2,
                "1h|source|google|2026-03-01T10:00:00Z", 2,
                "1h|source|facebook|2026-03-01T10:00:00Z", 1,
                "1h|overall|all|2026-03-01T11:00:00Z", 1,
                "1h|source|facebook|2026-03-01T11:00:00Z", 1,
                "1h|overall|all|2026-03-01T12:00:00Z", 1,
                "1h|source|google|2026-03-01T12:00:00Z", 1),
                counts(byKey), "no record for segments without reviews in a window");

        List<JsonNode> overall = byKey.get("1h|overall|all|2026-03-01T10:00:00Z");
        JsonNode first = overall.get(0);
        assertEquals(1, first.get("revision").asInt());
        assertEquals(3, first.get("reviews").asLong());
        assertEquals("{\"1\":1,\"2\":0,\"3\":0,\"4\":1,\"5\":1}",
                first.get("rating_histogram").toString());
        assertEquals(3.33, first.get("mean_rating").asDouble());        // 10 / 3
        assertEquals(0.3333, first.get("negative_share").asDouble());   // 1 / 3
        assertEquals(3, first.get("texts").asLong());
        assertEquals(-0.1667, first.get("mean_sentiment").asDouble());  // (0.5-0.7-0.3) / 3
        assertEquals(1, first.get("disagreements").asLong());
        assertEquals(1, first.get("high_rating_negative_text").asLong());
        assertEquals("[{\"aspect\":\"billing\",\"count\":2},{\"aspect\":\"support\",\"count\":1}]",
                first.get("top_negative_aspects").toString());
        assertEquals("[{\"term\":\"charged\",\"count\":2},{\"term\":\"slow\",\"count\":1}]",
                first.get("top_negative_terms").toString());
        assertEquals(false, first.get("low_sample").asBoolean());

        JsonNode second = overall.get(1);
        assertEquals(2, second.get("revision").asInt());
        assertEquals(4, second.get("reviews").asLong());
        assertEquals("{\"1\":1,\"2\":1,\"3\":0,\"4\":1,\"5\":1}",
                second.get("rating_histogram").toString());
        assertEquals(3.0, second.get("mean_rating").asDouble());        // 12 / 4
        assertEquals(0.5, second.get("negative_share").asDouble());
        assertEquals(-0.025, second.get("mean_sentiment").asDouble());  // -0.1 / 4
        assertEquals(2, second.get("disagreements").asLong());
        assertEquals(1, second.get("low_rating_positive_text").asLong());

        List<JsonNode> google = byKey.get("1h|source|google|2026-03-01T10:00:00Z");
        assertEquals(List.of(true, false), List.of(google.get(0).get("low_sample").asBoolean(),
                google.get(1).get("low_sample").asBoolean()), "2 reviews, then 3 (min.sample 3)");
        assertEquals(2.67, google.get(1).get("mean_rating").asDouble()); // (5+1+2) / 3

        JsonNode emptyText = byKey.get("1h|overall|all|2026-03-01T11:00:00Z").get(0);
        assertEquals(1, emptyText.get("reviews").asLong());
        assertEquals(0, emptyText.get("texts").asLong());
        assertTrue(emptyText.get("mean_sentiment").isNull());
        assertEquals(0, emptyText.get("disagreements").asLong());
        assertEquals(0, emptyText.get("top_negative_terms").size());
    }

    @Test
    void sampleDataRollupsMatchTheSchemaAndAddUpToOverall() throws Exception {
        EventParser parser = new EventParser();
        List<ReviewEvent> reviews = new ArrayList<>();
        List<byte[]> lines = SampleLines.of(Path.of("..", "sample-data", "cx.reviews.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            Envelope e = parser.parse(InputKind.REVIEWS,
                    SourcePosition.file("cx.reviews.jsonl", i + 1), lines.get(i));
            if (e.isValid()) {
                reviews.add(e.review());
            }
        }
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "windows", "1d", "review.dimensions", "overall,source,product,region,store,language")));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        DataStream<ScoredReview> scored = env
                .fromData(reviews, TypeInformation.of(ReviewEvent.class))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<ReviewEvent>noWatermarks()
                        .withTimestampAssigner((r, ts) -> r.timestamp()))
                .map(new ScoreReview());

        Map<String, Long> reviewsPerDimension = new HashMap<>();
        long withNegativeTerms = 0;
        try (CloseableIterator<OutputRecord> it =
                ReviewRollups.define(scored, config, new ProcessingDeadLetters()).executeAndCollect()) {
            while (it.hasNext()) {
                JsonNode value = OutputReader.parse(it.next().value());
                assertValid(TOPIC, value);
                reviewsPerDimension.merge(value.get("dimension").asText(),
                        value.get("reviews").asLong(), Long::sum);
                withNegativeTerms += value.get("top_negative_terms").size() > 0 ? 1 : 0;
            }
        }
        assertTrue(reviews.size() > 1000, "sample reviews: " + reviews.size());
        for (String dimension : config.reviewDimensions()) {
            assertEquals((long) reviews.size(), reviewsPerDimension.get(dimension),
                    dimension + " segments add up to all reviews");
        }
        assertTrue(withNegativeTerms > 0, "the sample data has negative reviews");
    }

    // ---------------------------------------------------------------- helpers

    private static List<OutputRecord> run(List<ScoredReview> input, JobConfig config)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(1);
        DataStream<ScoredReview> scored = env
                .fromData(input, TypeInformation.of(ScoredReview.class))
                .assignTimestampsAndWatermarks(EveryEventWatermarks.of(config.fastOutOfOrderness(), (r, ts) -> r.event().timestamp()));
        List<OutputRecord> out = new ArrayList<>();
        try (CloseableIterator<OutputRecord> it =
                ReviewRollups.define(scored, config, new ProcessingDeadLetters()).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }



    private static Map<String, Integer> counts(Map<String, List<JsonNode>> byKey) {
        Map<String, Integer> counts = new HashMap<>();
        byKey.forEach((key, values) -> counts.put(key, values.size()));
        return counts;
    }

    private static ScoredReview review(String time, int rating, String source, String text,
            double score, SentimentTerm[] terms, AspectSentiment[] aspects) {
        long t = Instant.parse("2026-03-01T" + time + ":00Z").toEpochMilli();
        ReviewEvent event = new ReviewEvent("rv-" + time, t, rating, text, source, null, null,
                null, null, null, "en", null);
        return new ScoredReview(event, new Sentiment(score, Sentiment.labelOf(score), "en", terms,
                aspects, new String[0], false));
    }

    private static SentimentTerm[] terms(SentimentTerm... terms) {
        return terms;
    }

    private static SentimentTerm term(String term, double weight) {
        return new SentimentTerm(term, weight, 0, term.length());
    }

    private static AspectSentiment[] aspects(AspectSentiment... aspects) {
        return aspects;
    }

    private static AspectSentiment aspect(String aspect, double score) {
        return new AspectSentiment(aspect, score, 1);
    }
}
