package io.cxpulse.sentiment;

/**
 * The sentiment of one text.
 *
 * @param score normalized into -1..1
 * @param label {@code positive}, {@code neutral} or {@code negative}
 * @param language {@code en}, {@code he}, {@code mixed} or {@code unknown}
 * @param terms the words and expressions that counted, in text order
 */
public record Sentiment(double score, String label, String language, SentimentTerm[] terms) {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    /** Scores at or above this are positive, at or below its negation negative. */
    public static final double LABEL_THRESHOLD = 0.05;

    public static String labelOf(double score) {
        if (score >= LABEL_THRESHOLD) {
            return POSITIVE;
        }
        return score <= -LABEL_THRESHOLD ? NEGATIVE : NEUTRAL;
    }
}
