package io.cxpulse.jobs;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.rollups.ReviewDriverRollupDescriptor;
import io.cxpulse.rollups.SurveyDriverRollupDescriptor;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The key-driver tables of {@code cx.rollups.drivers}: per drivers window and segment, which
 * aspects go with lower NPS in survey comments and with fewer stars in reviews. Survey responses
 * and reviews are windowed apart and never mixed. Operator uids as {@link WindowedRollups} names
 * them for {@code driver-rollup-survey} and {@code driver-rollup-reviews}.
 */
public final class DriverRollups {
    private DriverRollups() {}

    /** Both driver rollups, encoded for {@code config.driverRollupsTopic()}. */
    public static DataStream<OutputRecord> define(DataStream<AccountedFeedback> feedback,
            DataStream<ScoredReview> reviews, JobConfig config, ProcessingDeadLetters failed) {
        return WindowedRollups.define(feedback, survey(config), config, failed)
                .union(WindowedRollups.define(reviews, reviews(config), config, failed));
    }

    static SurveyDriverRollupDescriptor survey(JobConfig config) {
        return new SurveyDriverRollupDescriptor(config.driverRollupsTopic(),
                config.driversWindow(), config.dimensions(), config.driversMinResponses());
    }

    static ReviewDriverRollupDescriptor reviews(JobConfig config) {
        return new ReviewDriverRollupDescriptor(config.driverRollupsTopic(),
                config.driversWindow(), config.reviewDimensions(), config.driversMinResponses());
    }
}
