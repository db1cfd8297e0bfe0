package io.cxpulse.functions;

import io.cxpulse.nps.NpsClass;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import io.cxpulse.serde.Whitespace;

/** Attaches the NPS class and the comment's sentiment to a survey response. */
public class ScoreFeedback extends SentimentFunction<FeedbackEvent, ScoredFeedback> {

    public ScoreFeedback() {
        this(null);
    }

    /** @param userLexicon the user's entries on top of the bundled lexicons, or null */
    public ScoreFeedback(UserLexicon userLexicon) {
        super(userLexicon);
    }

    @Override
    public ScoredFeedback map(FeedbackEvent event) {
        return score(scorer, event);
    }

    /** The response with its NPS class and its comment's sentiment by {@code scorer}. */
    static ScoredFeedback score(SentimentScorer scorer, FeedbackEvent event) {
        String comment = event.comment();
        Sentiment sentiment = comment == null || Whitespace.isBlank(comment)
                ? null
                : scorer.score(comment, languageHint(event.language()));
        return new ScoredFeedback(event, NpsClass.of(event.nps()).label(), sentiment);
    }
}
