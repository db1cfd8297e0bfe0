package io.cxpulse.rollups;

import io.cxpulse.records.ScoredReview;

/** A rollup of scored public reviews: segments from the review's fields, at its event time. */
public interface OfReviews<T, R> extends RollupDescriptor<ScoredReview, T, R> {

    @Override
    default String rawValue(ScoredReview record, String dimension) {
        return record.event().dimension(dimension);
    }

    @Override
    default long time(ScoredReview record) {
        return record.event().timestamp();
    }
}
