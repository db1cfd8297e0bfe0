package io.cxpulse.rollups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.reviews.NegativeMentions;
import io.cxpulse.reviews.ReviewTally;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.ReviewRollupJson;
import io.cxpulse.serde.Whitespace;
import java.time.Duration;
import java.util.List;

/**
 * {@code cx.rollups.reviews}: stars and text of public reviews per window size and review
 * dimension. A review whose text is empty or was not scored counts for its stars only.
 *
 * @param minSample reviews below which a rollup is flagged {@code low_sample}
 * @param topN how many negative aspects and terms a rollup lists
 */
public record ReviewRollupDescriptor(String topic, List<Duration> windows,
        List<String> dimensions, long minSample, int topN)
        implements OfReviews<ReviewTally, ReviewRollup> {
    private static final String[] NONE = new String[0];

    @Override
    public String uid() {
        return "review-rollup";
    }

    @Override
    public String name() {
        return "Review rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-review-rollups";
    }

    @Override
    public Class<ReviewTally> tallyType() {
        return ReviewTally.class;
    }

    @Override
    public Class<ReviewRollup> rollupType() {
        return ReviewRollup.class;
    }

    @Override
    public ReviewTally empty() {
        return new ReviewTally();
    }

    @Override
    public ReviewTally tallyOf(ScoredReview record) {
        ReviewEvent e = record.event();
        Sentiment s = e.text() == null || Whitespace.isBlank(e.text()) ? null : record.sentiment();
        ReviewTally one = new ReviewTally();
        one.add(e.rating(), s == null ? null : s.score(), s == null ? null : s.label(),
                s == null ? NONE : NegativeMentions.aspects(s),
                s == null ? NONE : NegativeMentions.terms(s));
        return one;
    }

    @Override
    public void merge(ReviewTally into, ReviewTally other) {
        into.merge(other);
    }

    @Override
    public ReviewRollup rollup(ReviewTally tally, String dimension, String value, String window,
            long start, long end, int revision) {
        return new ReviewRollup(window, start, end, dimension, value, tally.reviews(),
                tally.stars.clone(), tally.meanRating(), tally.negativeShare(), tally.texts,
                tally.meanSentiment(), tally.disagreements(), tally.highRatingNegativeText,
                tally.lowRatingPositiveText, tally.negativeAspects.top(topN),
                tally.negativeTerms.top(topN), tally.reviews() < minSample, revision);
    }

    @Override
    public String key(ReviewRollup rollup) {
        return rollup.key();
    }

    @Override
    public ObjectNode json(OutputJson json, ReviewRollup rollup) {
        return ReviewRollupJson.reviewRollup(json, rollup);
    }
}
