package io.cxpulse.functions;

import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;

/** Attaches the sentiment of a review's text. */
public class ScoreReview extends SentimentFunction<ReviewEvent, ScoredReview> {

    @Override
    public ScoredReview map(ReviewEvent event) {
        return new ScoredReview(event, scorer.score(event.text(), languageHint(event.language())));
    }
}
