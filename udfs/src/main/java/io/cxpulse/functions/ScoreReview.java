package io.cxpulse.functions;

import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Attaches the sentiment of a review's text. */
public class ScoreReview extends RichMapFunction<ReviewEvent, ScoredReview> {
    private transient SentimentScorer scorer;

    @Override
    public void open(OpenContext openContext) {
        scorer = LexiconSentimentScorer.shared();
    }

    @Override
    public ScoredReview map(ReviewEvent event) {
        return new ScoredReview(
                event, scorer.score(event.text(), ScoreFeedback.languageHint(event.language())));
    }
}
