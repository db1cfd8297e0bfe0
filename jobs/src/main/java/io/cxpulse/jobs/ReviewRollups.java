package io.cxpulse.jobs;

import io.cxpulse.functions.EmitReviewRollup;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.ReviewAggregate;
import io.cxpulse.functions.ToReviewObservations;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ReviewObservation;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.serde.ReviewRollupJson;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The {@code cx.rollups.reviews} output: stars and text of public reviews per window size and
 * review dimension, revised by late reviews within the allowed lateness as the NPS rollups are.
 */
public final class ReviewRollups {
    private ReviewRollups() {}

    /**
     * Rollups of scored reviews, encoded for {@code config.reviewRollupsTopic()} and keyed by
     * {@link ReviewRollup#key()}; the dead letters of rollups that cannot be made go to
     * {@code failed}. Operator uids: {@code review-observations},
     * {@code review-rollup-<window>} per window size, {@code encode-review-rollups}.
     */
    public static DataStream<OutputRecord> define(DataStream<ScoredReview> scored, JobConfig config,
            ProcessingDeadLetters failed) {
        return rollups(scored, config, failed)
                .map(new EncodeOutput<>(config.reviewRollupsTopic(), ReviewRollupJson::reviewRollup,
                        ReviewRollup::key, config.deadLetterTopic()))
                .name("Encode review rollups")
                .uid("encode-review-rollups");
    }

    static DataStream<ReviewRollup> rollups(DataStream<ScoredReview> scored, JobConfig config,
            ProcessingDeadLetters failed) {
        DataStream<ReviewObservation> observations = WindowWatermarks.hold(scored
                .flatMap(new ToReviewObservations(config.reviewDimensions()))
                .name("Review observations per dimension")
                .uid("review-observations"), config, "review-rollup");
        DataStream<ReviewRollup> rollups = null;
        for (Duration size : config.windows()) {
            String label = WindowSizes.label(size);
            DataStream<ReviewRollup> sized = failed.of(observations
                    .keyBy(ReviewObservation::segmentKey)
                    .window(TumblingEventTimeWindows.of(size))
                    .allowedLateness(config.allowedLateness())
                    .aggregate(new ReviewAggregate(),
                            new EmitReviewRollup(label, config.minSample(), config.topN()))
                    .name("Review rollup " + label)
                    .uid("review-rollup-" + label));
            rollups = rollups == null ? sized : rollups.union(sized);
        }
        return rollups;
    }
}
