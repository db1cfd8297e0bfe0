package io.cxpulse.sentiment;

/**
 * Scores the sentiment of one customer text. Implementations are thread-safe and never throw:
 * empty or unreadable text scores as neutral.
 */
public interface SentimentScorer {

    /**
     * @param text the customer's words, any language, may be null or empty
     * @param language {@code auto} to detect from the script, or {@code en} / {@code he}
     */
    Sentiment score(String text, String language);

    default Sentiment score(String text) {
        return score(text, Language.AUTO);
    }
}
