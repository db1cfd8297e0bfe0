package io.cxpulse.functions;

import io.cxpulse.nps.NpsClass;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Attaches the NPS class and the comment's sentiment to a survey response. */
public class ScoreFeedback extends RichMapFunction<FeedbackEvent, ScoredFeedback> {
    private transient SentimentScorer scorer;

    @Override
    public void open(OpenContext openContext) {
        scorer = LexiconSentimentScorer.shared();
    }

    @Override
    public ScoredFeedback map(FeedbackEvent event) {
        String comment = event.comment();
        Sentiment sentiment = comment == null || comment.isBlank()
                ? null
                : scorer.score(comment, languageHint(event.language()));
        return new ScoredFeedback(event, NpsClass.of(event.nps()).label(), sentiment);
    }

    /** A declared {@code en} or {@code he} language guides the scorer; anything else is detected. */
    static String languageHint(String declared) {
        return Language.ENGLISH.equals(declared) || Language.HEBREW.equals(declared)
                ? declared
                : Language.AUTO;
    }
}
