package io.cxpulse.functions;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * A map that scores text with the bundled lexicons, or with a user's lexicon on top of them;
 * either scorer is loaded once per JVM.
 */
abstract class SentimentFunction<IN, OUT> extends RichMapFunction<IN, OUT> {
    private final UserLexicon userLexicon;
    protected transient SentimentScorer scorer;

    /** @param userLexicon the user's entries, or null for the bundled lexicons alone */
    protected SentimentFunction(UserLexicon userLexicon) {
        this.userLexicon = userLexicon;
    }

    @Override
    public void open(OpenContext openContext) {
        scorer = scorer(userLexicon);
    }

    /** The bundled scorer, or the user's lexicon's when there is one. */
    static SentimentScorer scorer(UserLexicon userLexicon) {
        return userLexicon == null ? LexiconSentimentScorer.shared() : userLexicon.scorer();
    }

    /** A declared {@code en} or {@code he} language guides the scorer; anything else is detected. */
    static String languageHint(String declared) {
        return Language.ENGLISH.equals(declared) || Language.HEBREW.equals(declared)
                ? declared
                : Language.AUTO;
    }
}
