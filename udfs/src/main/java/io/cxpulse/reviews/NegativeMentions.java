package io.cxpulse.reviews;

import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What one review's text says negatively: the aspects it scores below zero and the terms that
 * weigh below zero. Each is listed once per review, so that a rant repeating one word counts as
 * one review about it, not many.
 */
public final class NegativeMentions {
    private NegativeMentions() {}

    /** Aspects with a score below 0, in order of first mention, each once. */
    public static String[] aspects(Sentiment sentiment) {
        Set<String> names = new LinkedHashSet<>();
        for (AspectSentiment a : sentiment.aspects()) {
            if (a.score() < 0) {
                names.add(a.aspect());
            }
        }
        return names.toArray(String[]::new);
    }

    /** Terms with a weight below 0, lower-cased, in text order, each once. */
    public static String[] terms(Sentiment sentiment) {
        Set<String> names = new LinkedHashSet<>();
        for (SentimentTerm t : sentiment.terms()) {
            if (t.weight() < 0) {
                names.add(t.term().toLowerCase(Locale.ROOT));
            }
        }
        return names.toArray(String[]::new);
    }
}
