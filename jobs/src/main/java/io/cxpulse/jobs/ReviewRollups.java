package io.cxpulse.jobs;

import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.rollups.ReviewRollupDescriptor;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The {@code cx.rollups.reviews} output: stars and text of public reviews per window size and
 * review dimension, revised by late reviews within the allowed lateness as the NPS rollups are.
 * Operator uids as {@link WindowedRollups} names them for {@code review-rollup}.
 */
public final class ReviewRollups {
    private ReviewRollups() {}

    /** Rollups of scored reviews, encoded for {@code config.reviewRollupsTopic()}. */
    public static DataStream<OutputRecord> define(DataStream<ScoredReview> scored, JobConfig config,
            ProcessingDeadLetters failed) {
        return WindowedRollups.define(scored, descriptor(config), config, failed);
    }

    static ReviewRollupDescriptor descriptor(JobConfig config) {
        return new ReviewRollupDescriptor(config.reviewRollupsTopic(), config.windows(),
                config.reviewDimensions(), config.minSample(), config.topN());
    }
}
