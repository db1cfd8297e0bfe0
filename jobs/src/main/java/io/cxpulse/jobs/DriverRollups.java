package io.cxpulse.jobs;

import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.functions.EmitDriverRollup;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.ReviewDriverAggregate;
import io.cxpulse.functions.SurveyDriverAggregate;
import io.cxpulse.functions.ToReviewDriverObservations;
import io.cxpulse.functions.ToSurveyDriverObservations;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.DriverObservation;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.serde.DriverRollupJson;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The key-driver tables of {@code cx.rollups.drivers}: per drivers window and segment, which
 * aspects go with lower NPS in survey comments and with fewer stars in reviews. Survey responses
 * and reviews are windowed apart and never mixed.
 */
public final class DriverRollups {
    private DriverRollups() {}

    /** Both driver pipelines, encoded for {@code config.driverRollupsTopic()}. */
    public static DataStream<OutputRecord> define(DataStream<AccountedFeedback> feedback,
            DataStream<ScoredReview> reviews, JobConfig config, ProcessingDeadLetters failed) {
        return failed.of(survey(feedback, config))
                .map(encoder(config))
                .name("Encode survey driver rollups")
                .uid("encode-driver-rollups-survey")
                .union(failed.of(reviews(reviews, config))
                        .map(encoder(config))
                        .name("Encode review driver rollups")
                        .uid("encode-driver-rollups-reviews"));
    }

    static SingleOutputStreamOperator<DriverRollup> survey(DataStream<AccountedFeedback> feedback, JobConfig config) {
        String label = WindowSizes.label(config.driversWindow());
        return WindowWatermarks.hold(feedback
                .flatMap(new ToSurveyDriverObservations(config.dimensions()))
                .name("Survey driver observations per dimension")
                .uid("driver-observations-survey"), config, "driver-rollup-survey")
                .keyBy(DriverObservation::segmentKey)
                .window(TumblingEventTimeWindows.of(config.driversWindow()))
                .allowedLateness(config.allowedLateness())
                .aggregate(new SurveyDriverAggregate(),
                        new EmitDriverRollup<SurveyDriverTally>(label, config.driversMinResponses(),
                                "driver-rollup-survey"))
                .name("Survey driver rollup " + label)
                .uid("driver-rollup-survey");
    }

    static SingleOutputStreamOperator<DriverRollup> reviews(DataStream<ScoredReview> reviews, JobConfig config) {
        String label = WindowSizes.label(config.driversWindow());
        return WindowWatermarks.hold(reviews
                .flatMap(new ToReviewDriverObservations(config.reviewDimensions()))
                .name("Review driver observations per dimension")
                .uid("driver-observations-reviews"), config, "driver-rollup-reviews")
                .keyBy(DriverObservation::segmentKey)
                .window(TumblingEventTimeWindows.of(config.driversWindow()))
                .allowedLateness(config.allowedLateness())
                .aggregate(new ReviewDriverAggregate(),
                        new EmitDriverRollup<ReviewDriverTally>(label, config.driversMinResponses(),
                                "driver-rollup-reviews"))
                .name("Review driver rollup " + label)
                .uid("driver-rollup-reviews");
    }

    private static EncodeOutput<DriverRollup> encoder(JobConfig config) {
        return new EncodeOutput<>(config.driverRollupsTopic(), DriverRollupJson::driverRollup,
                DriverRollup::key, config.deadLetterTopic());
    }
}
