package io.cxpulse.sentiment;

/**
 * The sentiment of one text, with what explains it.
 *
 * @param score normalized into -1..1
 * @param label {@code positive} (score at or above {@link #LABEL_THRESHOLD}), {@code negative}
 *     (at or below its negation) or {@code neutral}
 * @param language {@code en}, {@code he}, {@code mixed} or {@code unknown}
 * @param terms the words and expressions that counted, in text order
 * @param aspects the aspects the text talks about, each with the sentiment of the opinion words
 *     near its mentions, in order of first mention
 * @param intents what the writer says they will do: {@link #CHURN}, {@link #ESCALATION},
 *     {@link #REFUND}, in order of first mention
 * @param truncated true when only a prefix of the text was analyzed
 */
public record Sentiment(
        double score,
        String label,
        String language,
        SentimentTerm[] terms,
        AspectSentiment[] aspects,
        String[] intents,
        boolean truncated) {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    public static final String CHURN = "churn";
    public static final String ESCALATION = "escalation";
    public static final String REFUND = "refund";

    /** Scores at or above this are positive, at or below its negation negative. */
    public static final double LABEL_THRESHOLD = 0.05;

    private static final AspectSentiment[] NO_ASPECTS = new AspectSentiment[0];
    private static final String[] NO_INTENTS = new String[0];

    /** A sentiment with terms only: no aspects, no intents, not truncated. */
    public Sentiment(double score, String label, String language, SentimentTerm[] terms) {
        this(score, label, language, terms, NO_ASPECTS, NO_INTENTS, false);
    }

    public static String labelOf(double score) {
        if (score >= LABEL_THRESHOLD) {
            return POSITIVE;
        }
        return score <= -LABEL_THRESHOLD ? NEGATIVE : NEUTRAL;
    }
}
