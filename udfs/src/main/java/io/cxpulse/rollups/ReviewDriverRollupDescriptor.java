package io.cxpulse.rollups;

import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.records.ScoredReview;
import java.time.Duration;
import java.util.List;

/** Key drivers of public reviews: which complaints go with fewer stars. */
public final class ReviewDriverRollupDescriptor
        extends DriverRollupDescriptor<ScoredReview, ReviewDriverTally>
        implements OfReviews<ReviewDriverTally, DriverRollup> {

    public ReviewDriverRollupDescriptor(String topic, Duration window, List<String> dimensions,
            long minNegative) {
        super(topic, window, dimensions, minNegative);
    }

    @Override
    public String uid() {
        return "driver-rollup-reviews";
    }

    @Override
    public String name() {
        return "Review driver rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-driver-rollups-reviews";
    }

    @Override
    public Class<ReviewDriverTally> tallyType() {
        return ReviewDriverTally.class;
    }

    @Override
    public ReviewDriverTally empty() {
        return new ReviewDriverTally();
    }

    @Override
    public ReviewDriverTally tallyOf(ScoredReview record) {
        boolean hasText = record.sentiment() != null;
        ReviewDriverTally one = new ReviewDriverTally();
        one.add(record.event().rating(), hasText,
                hasText ? record.sentiment().aspects() : NO_ASPECTS);
        return one;
    }

    @Override
    public void merge(ReviewDriverTally into, ReviewDriverTally other) {
        into.merge(other);
    }
}
