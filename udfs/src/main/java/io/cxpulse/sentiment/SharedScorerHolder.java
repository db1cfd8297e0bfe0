package io.cxpulse.sentiment;

/** Holds the process-wide scorer; the JVM loads the lexicons on first access, exactly once. */
final class SharedScorerHolder {

    static final LexiconSentimentScorer INSTANCE = LexiconSentimentScorer.fromBundledLexicons();

    private SharedScorerHolder() {}
}
