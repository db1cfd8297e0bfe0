package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IntentValenceTest {
    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    @Test
    void escalationWithoutSentimentWordsIsNegativeAndExplained() {
        String text = "I will contact my lawyer about this";
        Sentiment s = scorer.score(text, "en");
        assertArrayEquals(new String[] {Sentiment.ESCALATION}, s.intents());
        assertEquals(Sentiment.NEGATIVE, s.label());
        SentimentTerm term = Arrays.stream(s.terms())
                .filter(t -> t.weight() == -2.0).findFirst().orElseThrow();
        assertEquals(text.substring(term.start(), term.end()), term.term());
    }

    @Test
    void negatedEscalationAddsNothing() {
        Sentiment s = scorer.score("I dont need a lawyer, they fixed it", "en");
        assertEquals(0, s.intents().length);
        assertTrue(Arrays.stream(s.terms()).noneMatch(t -> t.weight() == -2.0));
    }

    @Test
    void refundRequestAloneAddsNoWeight() {
        assertEquals(0.0, AspectsAndIntents.valence(Sentiment.REFUND));
        assertEquals(-1.5, AspectsAndIntents.valence(Sentiment.CHURN));
        assertEquals(-2.0, AspectsAndIntents.valence(Sentiment.ESCALATION));
    }

    @Test
    void termsStayInTextOrderWhenAnIntentTermIsAdded() {
        Sentiment s = scorer.score("Great phone but I am calling my lawyer", "en");
        for (int t = 1; t < s.terms().length; t++) {
            assertTrue(s.terms()[t - 1].start() <= s.terms()[t].start(), Arrays.toString(s.terms()));
        }
    }
}
