package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentTermOffsetsTest {

    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    private static void assertTermsMatchText(String text, Sentiment sentiment) {
        int previousEnd = 0;
        for (SentimentTerm term : sentiment.terms()) {
            assertEquals(text.substring(term.start(), term.end()), term.term());
            assertTrue(term.start() >= previousEnd, "terms in text order");
            previousEnd = term.end();
        }
    }

    @Test
    void termsAreWordsAsWrittenWithTheirOffsets() {
        String text = "The Support was GREAT, but delivery was Slow.";
        Sentiment sentiment = scorer.score(text);
        assertTermsMatchText(text, sentiment);
        assertEquals(2, sentiment.terms().length);
        SentimentTerm great = sentiment.terms()[0];
        assertEquals("GREAT", great.term());
        assertEquals(16, great.start());
        assertEquals(21, great.end());
        assertEquals("Slow", sentiment.terms()[1].term());
    }

    @Test
    void weightsCarryTheRules() {
        Sentiment sentiment = TestLexicons.SCORER.score("not good but very helpful");
        SentimentTerm good = sentiment.terms()[0];
        SentimentTerm helpful = sentiment.terms()[1];
        assertEquals(1.9 * SentimentRules.NEGATION_FACTOR * SentimentRules.BEFORE_CONTRAST_FACTOR,
                good.weight(), 1e-9);
        assertEquals((1.8 + SentimentRules.BOOSTER_INCREMENT)
                * SentimentRules.AFTER_CONTRAST_FACTOR, helpful.weight(), 1e-6);
    }

    @Test
    void hebrewTermsKeepPrefixesAndMarksAsWritten() {
        String text = "\u200Fהמוצר \u200Fוהמעולה, ולא\u200F גרוע";
        Sentiment sentiment = scorer.score(text);
        assertTermsMatchText(text, sentiment);
        List<String> written = Arrays.stream(sentiment.terms()).map(SentimentTerm::term).toList();
        assertEquals(List.of("והמעולה", "גרוע"), written);
        assertTrue(sentiment.terms()[1].weight() > 0, "ולא negates גרוע");
    }

    @Test
    void offsetsHoldAfterSurrogatesAndEmoji() {
        String text = "😀😀 \uD800 ok great 👎";
        Sentiment sentiment = scorer.score(text);
        assertTermsMatchText(text, sentiment);
        assertEquals(5, sentiment.terms().length);
    }
}
