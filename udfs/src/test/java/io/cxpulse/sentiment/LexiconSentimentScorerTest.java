package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconSentimentScorerTest {

    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    private double score(String text) {
        return scorer.score(text).score();
    }

    private String label(String text) {
        return scorer.score(text).label();
    }

    @Test
    void positiveEnglishSentence() {
        Sentiment sentiment = scorer.score("The service was great");
        assertEquals(Sentiment.POSITIVE, sentiment.label());
        assertEquals(Language.ENGLISH, sentiment.language());
        assertEquals(1, sentiment.terms().length);
        assertEquals("great", sentiment.terms()[0].term());
    }

    @Test
    void negativeEnglishComplaint() {
        assertEquals(Sentiment.NEGATIVE, label("terrible, waited two hours"));
    }

    @Test
    void negationFlipsAndDamps() {
        assertEquals(Sentiment.NEGATIVE, label("not good"));
        assertNotEquals(Sentiment.NEGATIVE, label("not bad"));
        assertTrue(score("not bad") < score("good"), "a negated word counts less");
        assertEquals(Sentiment.NEGATIVE, label("It doesn't seem very helpful"));
        assertEquals(Sentiment.NEGATIVE, label("I don’t love it"));
    }

    @Test
    void negationStopsAtPunctuation() {
        assertEquals(Sentiment.POSITIVE, label("Not what I expected. Great support!"));
    }

    @Test
    void boostersAndDampenersScaleTheNextWord() {
        assertTrue(score("very good") > score("good"));
        assertTrue(score("extremely rude") < score("rude"));
        assertTrue(score("slightly slow") > score("slow"));
        assertTrue(score("ממש טוב") > score("טוב"));
        assertTrue(score("טוב מאוד") > score("טוב"), "מאוד also follows its word");
        assertTrue(score("קצת איטי") > score("איטי"));
    }

    @Test
    void contrastWeighsTheClauseAfterBut() {
        assertEquals(Sentiment.NEGATIVE, label("good but slow"));
        assertEquals(Sentiment.POSITIVE, label("slow but good"));
        assertEquals(Sentiment.NEGATIVE, label("המוצר טוב אבל השירות איטי"));
    }

    @Test
    void suffixVariantsFindTheirStem() {
        assertEquals(Sentiment.POSITIVE, label("They helped quickly"));
        assertEquals(Sentiment.NEGATIVE, label("My order was cancelled"));
        assertEquals(Sentiment.NEGATIVE, label("Still waiting for refunds"));
    }

    @Test
    void phrasesCountAsOneTerm() {
        Sentiment sentiment = scorer.score("I was double charged, no refund");
        assertEquals(Sentiment.NEGATIVE, sentiment.label());
        assertEquals("double charged", sentiment.terms()[0].term());
        assertEquals("no refund", sentiment.terms()[1].term());
        assertEquals(Sentiment.POSITIVE, label("No problem at all, thank you"));
    }

    @Test
    void hebrewBasics() {
        Sentiment sentiment = scorer.score("השירות היה מעולה");
        assertEquals(Sentiment.POSITIVE, sentiment.label());
        assertEquals(Language.HEBREW, sentiment.language());
        assertEquals(Sentiment.NEGATIVE, label("והשירות גרוע"));
        assertEquals(Sentiment.NEGATIVE, label("השירות היה ממש גרוע ומאכזב"));
        assertEquals(Sentiment.NEGATIVE, label("חיכיתי שעתיים להמתנה ואז ניתוק"));
        assertEquals(Sentiment.POSITIVE, label("אחלה שירות, סבבה לגמרי"));
        assertEquals(Sentiment.NEGATIVE, label("מעפן, זוועה, נוראי"));
    }

    @Test
    void hebrewNegation() {
        assertEquals(Sentiment.NEGATIVE, label("לא טוב"));
        assertNotEquals(Sentiment.NEGATIVE, label("לא רע"));
        assertEquals(Sentiment.NEGATIVE, label("הנציג לא היה מקצועי"));
        assertEquals(Sentiment.NEGATIVE, label("ולא מרוצים בכלל"));
    }

    @Test
    void hebrewInflectionsAndCustomerServiceWords() {
        for (String text : new String[] {"מרוצה", "מרוצים", "מרוצות", "נציגה אדיבה"}) {
            assertEquals(Sentiment.POSITIVE, label(text), text);
        }
        for (String text : new String[] {"גרועה", "גרועים", "יש תקלה", "קיבלתי חיוב כפול"}) {
            assertEquals(Sentiment.NEGATIVE, label(text), text);
        }
    }

    @Test
    void hebrewPhraseAfterPrefix() {
        Sentiment sentiment = scorer.score("והחיוב כפול שוב");
        assertEquals(Sentiment.NEGATIVE, sentiment.label());
        assertEquals("והחיוב כפול", sentiment.terms()[0].term());
    }

    @Test
    void emojiCount() {
        assertEquals(Sentiment.POSITIVE, label("👍👍"));
        assertEquals(Sentiment.NEGATIVE, label("ok 😡😡"));
    }

    @Test
    void emptyAndNullAreNeutral() {
        for (String text : new String[] {null, "", "   ", "12345 #"}) {
            Sentiment sentiment = scorer.score(text);
            assertEquals(0.0, sentiment.score(), String.valueOf(text));
            assertEquals(Sentiment.NEUTRAL, sentiment.label());
            assertEquals(0, sentiment.terms().length);
        }
        assertEquals(Language.UNKNOWN, scorer.score(null).language());
    }

    @Test
    void scoreStaysWithinBounds() {
        String many = "great excellent amazing love ".repeat(200);
        double score = score(many);
        assertTrue(score > 0.9 && score <= 1.0, "score " + score);
    }
}
