package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.testing.EveryEventWatermarks;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both driver pipelines on a MiniCluster, Kryo disabled, with a watermark after every event:
 * 1 h drivers windows, one negative mention is enough.
 */
class DriverRollupsITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    static final JobConfig CONFIG = JobConfig.from(ParameterTool.fromMap(Map.of(
            "drivers.window", "1h", "dimensions", "overall,tier",
            "review.dimensions", "overall", "drivers.min.responses", "1")));

    @Test
    void surveyAndReviewTablesWithALateRevision() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(1);
        DataStream<AccountedFeedback> feedback = env
                .fromData(List.of(
                        response(1, "10:05", 10, support(0.5)),
                        response(2, "10:10", 2, support(-0.6)),
                        response(3, "11:20", 9, null), // the 10:00 hour closes: revision 1
                        response(4, "10:30", 9, support(-0.9))), // late, within 1 h: revision 2
                        TypeInformation.of(AccountedFeedback.class))
                .assignTimestampsAndWatermarks(
                        EveryEventWatermarks.of(CONFIG.fastOutOfOrderness(),
                                (f, ts) -> f.scored().event().timestamp()));
        DataStream<ScoredReview> reviews = env
                .fromData(List.of(review(1, "10:00", 1, -0.7), review(2, "10:20", 5, 0.0)),
                        TypeInformation.of(ScoredReview.class))
                .assignTimestampsAndWatermarks(
                        EveryEventWatermarks.of(CONFIG.fastOutOfOrderness(),
                                (r, ts) -> r.event().timestamp()));

        DataStream<OutputRecord> out = DriverRollups.define(feedback, reviews, CONFIG, new ProcessingDeadLetters());
        assertTrue(uids(out).containsAll(Set.of("driver-rollup-survey-partials",
                "driver-rollup-reviews-partials", "driver-rollup-survey-windows",
                "driver-rollup-reviews-windows", "encode-driver-rollups-survey",
                "encode-driver-rollups-reviews")), uids(out).toString());

        Map<String, List<JsonNode>> byKey = new TreeMap<>();
        try (CloseableIterator<OutputRecord> it = out.executeAndCollect()) {
            while (it.hasNext()) {
                OutputRecord r = it.next();
                assertEquals("cx.rollups.drivers", r.topic());
                JsonNode node = OutputReader.parse(r.value());
                SchemaAssertions.assertValid("cx.rollups.drivers", node);
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(node);
            }
        }

        assertEquals(Set.of(
                "1h|survey|overall|all|2026-03-01T10:00:00Z",
                "1h|survey|tier|gold|2026-03-01T10:00:00Z",
                "1h|survey|overall|all|2026-03-01T11:00:00Z",
                "1h|survey|tier|gold|2026-03-01T11:00:00Z",
                "1h|reviews|overall|all|2026-03-01T10:00:00Z"), byKey.keySet());

        List<JsonNode> tenOClock = byKey.get("1h|survey|overall|all|2026-03-01T10:00:00Z");
        assertEquals(List.of(1, 2), tenOClock.stream().map(n -> n.get("revision").asInt()).toList());
        JsonNode first = tenOClock.get(0).get("aspects").get(0);
        assertEquals(2, tenOClock.get(0).get("responses").asLong());
        assertEquals(200.0, first.get("nps_impact").asDouble()); // detractor -100 vs promoter 100
        JsonNode revised = tenOClock.get(1);
        assertEquals(3, revised.get("responses").asLong());
        assertEquals(33.33, revised.get("nps").asDouble());
        // negative: a detractor and a promoter (0); others: one promoter (100)
        assertEquals(100.0, revised.get("aspects").get(0).get("nps_impact").asDouble());
        assertEquals(2, revised.get("aspects").get(0).get("negative_mentions").asLong());

        JsonNode elevenOClock = byKey.get("1h|survey|overall|all|2026-03-01T11:00:00Z").get(0);
        assertEquals(1, elevenOClock.get("responses").asLong());
        assertEquals(0, elevenOClock.get("comments").asLong());
        assertEquals(0, elevenOClock.get("aspects").size());

        List<JsonNode> reviewTables = byKey.get("1h|reviews|overall|all|2026-03-01T10:00:00Z");
        assertEquals(1, reviewTables.size());
        JsonNode billing = reviewTables.get(0).get("aspects").get(0);
        assertEquals("billing", billing.get("aspect").asText());
        assertEquals(4.0, billing.get("rating_impact").asDouble()); // 5 stars vs 1 star
    }

    private static Set<String> uids(DataStream<?> stream) {
        return stream.getTransformation().getTransitivePredecessors().stream()
                .map(Transformation::getUid)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static long at(String time) {
        return Instant.parse("2026-03-01T" + time + ":00Z").toEpochMilli();
    }

    private static Sentiment support(double score) {
        return sentiment(new AspectSentiment("support", score, 1));
    }

    private static Sentiment sentiment(AspectSentiment... aspects) {
        return new Sentiment(0.0, Sentiment.NEUTRAL, "en", new SentimentTerm[0], aspects,
                new String[0], false);
    }

    private static AccountedFeedback response(int id, String time, int nps, Sentiment sentiment) {
        FeedbackEvent e = new FeedbackEvent("fb-" + id, at(time), "C1", nps,
                sentiment == null ? null : "about support", "phone", null, null, null, null,
                "en", null);
        return new AccountedFeedback(new ScoredFeedback(e, "n/a", sentiment), "gold", 1.0);
    }

    private static ScoredReview review(int id, String time, int stars, double billing) {
        ReviewEvent e = new ReviewEvent("rv-" + id, at(time), stars, "billing", "google", null,
                null, null, null, null, "en", null);
        AspectSentiment[] aspects = billing == 0.0 ? new AspectSentiment[0]
                : new AspectSentiment[] {new AspectSentiment("billing", billing, 1)};
        return new ScoredReview(e, sentiment(aspects));
    }
}
