package io.cxpulse.functions;

import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** A map that scores text with the shared sentiment scorer, which is loaded once per JVM. */
abstract class SentimentFunction<IN, OUT> extends RichMapFunction<IN, OUT> {
    protected transient SentimentScorer scorer;

    @Override
    public void open(OpenContext openContext) {
        scorer = LexiconSentimentScorer.shared();
    }

    /** A declared {@code en} or {@code he} language guides the scorer; anything else is detected. */
    static String languageHint(String declared) {
        return Language.ENGLISH.equals(declared) || Language.HEBREW.equals(declared)
                ? declared
                : Language.AUTO;
    }
}
