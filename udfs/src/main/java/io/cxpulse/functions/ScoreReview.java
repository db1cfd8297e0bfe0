package io.cxpulse.functions;

import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.SentimentScorer;

/** Attaches the sentiment of a review's text. */
public class ScoreReview extends SentimentFunction<ReviewEvent, ScoredReview> {

    public ScoreReview() {
        this(null);
    }

    /** @param userLexicon the user's entries on top of the bundled lexicons, or null */
    public ScoreReview(UserLexicon userLexicon) {
        super(userLexicon);
    }

    @Override
    public ScoredReview map(ReviewEvent event) {
        return score(scorer, event);
    }

    /** The review with its text's sentiment by {@code scorer}. */
    static ScoredReview score(SentimentScorer scorer, ReviewEvent event) {
        return new ScoredReview(event, scorer.score(event.text(), languageHint(event.language())));
    }
}
