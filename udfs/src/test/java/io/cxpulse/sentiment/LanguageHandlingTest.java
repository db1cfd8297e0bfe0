package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageHandlingTest {

    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    @Test
    void detectsLanguageFromScript() {
        assertEquals(Language.ENGLISH, scorer.score("fine").language());
        assertEquals(Language.HEBREW, scorer.score("בסדר").language());
        assertEquals(Language.MIXED, scorer.score("The app מעולה but slow").language());
        assertEquals(Language.UNKNOWN, scorer.score("123 👍").language());
    }

    @Test
    void autoUsesBothLexicons() {
        Sentiment sentiment = scorer.score("great שירות, גרוע delivery", Language.AUTO);
        assertEquals(2, sentiment.terms().length);
        assertEquals(Language.MIXED, sentiment.language());
    }

    @Test
    void explicitHintRestrictsLookupToThatLanguage() {
        Sentiment english = scorer.score("great שירות גרוע", Language.ENGLISH);
        assertEquals(Language.ENGLISH, english.language());
        assertEquals(1, english.terms().length);
        assertEquals(Sentiment.POSITIVE, english.label());

        Sentiment hebrew = scorer.score("great שירות גרוע", Language.HEBREW);
        assertEquals(Language.HEBREW, hebrew.language());
        assertEquals(1, hebrew.terms().length);
        assertEquals(Sentiment.NEGATIVE, hebrew.label());
    }

    @Test
    void unknownOrNullHintMeansAuto() {
        assertEquals(Language.HEBREW, scorer.score("מעולה", null).language());
        assertEquals(Language.ENGLISH, scorer.score("great", "fr").language());
        assertEquals(Language.HEBREW, scorer.score("great", " HE ").language());
    }

    @Test
    void scriptDetectorIgnoresDigitsAndPunctuation() {
        assertEquals(Language.UNKNOWN, ScriptDetector.languageOf("12:30 !?"));
        assertEquals(Language.ENGLISH, ScriptDetector.languageOf("Café"));
        assertEquals(Language.HEBREW, ScriptDetector.languageOf("ש\"ח 120"));
    }
}
