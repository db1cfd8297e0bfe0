package io.cxpulse.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import org.junit.jupiter.api.Test;

class NegativeMentionsTest {

    private static Sentiment sentiment(SentimentTerm[] terms, AspectSentiment[] aspects) {
        return new Sentiment(-0.5, Sentiment.NEGATIVE, "en", terms, aspects, new String[0], false);
    }

    @Test
    void aspectsScoredBelowZeroOnly() {
        Sentiment s = sentiment(new SentimentTerm[0], new AspectSentiment[] {
                new AspectSentiment("billing", -0.6, 2),
                new AspectSentiment("staff", 0.4, 1),
                new AspectSentiment("app", 0.0, 1),      // mentioned without opinion
                new AspectSentiment("delivery", -0.01, 1)});
        assertArrayEquals(new String[] {"billing", "delivery"}, NegativeMentions.aspects(s));
    }

    @Test
    void termsWithNegativeWeightLowerCasedAndOncePerReview() {
        Sentiment s = sentiment(new SentimentTerm[] {
                new SentimentTerm("Terrible", -2.5, 0, 8),
                new SentimentTerm("great", 3.1, 9, 14),
                new SentimentTerm("TERRIBLE", -3.0, 20, 28),
                new SentimentTerm("גרוע", -2.0, 30, 34),
                new SentimentTerm("bad", -1.5, 40, 43)}, new AspectSentiment[0]);
        assertArrayEquals(new String[] {"terrible", "גרוע", "bad"}, NegativeMentions.terms(s));
    }
}
