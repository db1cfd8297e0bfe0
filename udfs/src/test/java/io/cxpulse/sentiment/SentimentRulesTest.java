package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The VADER rules, on the small test lexicons. */
class SentimentRulesTest {

    private static final double EPS = 1e-6;
    private final LexiconSentimentScorer scorer = TestLexicons.SCORER;

    private double sumOf(String text) {
        return Arrays.stream(scorer.score(text).terms()).mapToDouble(SentimentTerm::weight).sum();
    }

    private double weightOf(String text, int term) {
        return scorer.score(text).terms()[term].weight();
    }

    private String[] termsOf(String text) {
        return Arrays.stream(scorer.score(text).terms()).map(SentimentTerm::term)
                .toArray(String[]::new);
    }

    @Test
    void normalizesLikeVader() {
        assertEquals(1.9 / Math.sqrt(1.9 * 1.9 + 15), scorer.score("good").score(), EPS);
        assertEquals(0.0, SentimentRules.normalize(Double.NaN));
        assertTrue(SentimentRules.normalize(1e9) <= 1.0);
    }

    @Test
    void negationFlipsAndDampsWithinThreeTokens() {
        assertEquals(1.9 * -0.74, weightOf("not good", 0), EPS);
        assertEquals(-2.5 * -0.74, weightOf("not bad", 0), EPS);
        assertEquals(1.9, weightOf("not that much of a good", 0), EPS);
        assertEquals(Sentiment.POSITIVE, scorer.score("not bad").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("לא טוב").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("without a problem").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("least helpful").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("at least helpful").label());
    }

    @Test
    void aNegatedExpectationIsAComplaintFromTheNegatorOn() {
        assertArrayEquals(new String[] {"not work"}, termsOf("it does not work"));
        assertEquals(-2.0, weightOf("it does not work", 0), EPS);
        assertEquals(-1.8, weightOf("never answer", 0), EPS);
        assertEquals(-1.5, weightOf("no picture", 0), EPS);
        assertEquals(-2.0, weightOf("they never call back", 0), EPS);
        assertEquals(-2.0, weightOf("לא עובד", 0), EPS);
        assertEquals(0, scorer.score("it works").terms().length);
        assertEquals(0, scorer.score("no, it works").terms().length);
    }

    @Test
    void aNegatedExpectationOutweighsTheWordsOwnSentiment() {
        assertEquals(-2.2, weightOf("no refund", 0), EPS);
    }

    @Test
    void aNegatorCountsForOneExpectationAndStillFlipsOpinions() {
        assertArrayEquals(new String[] {"no picture", "no answer"},
                termsOf("no picture and no answer"));
        assertEquals(-2.0, sumOf("it does not work picture"), EPS);
        assertEquals(-2.0 + 1.0 * -0.74, sumOf("it does not work well"), EPS);
        assertEquals(1.9 * -0.74, sumOf("not good picture"), EPS);
    }

    @Test
    void aHalterEndsExpectationsAndKeepsItsOwnSentiment() {
        assertArrayEquals(new String[] {"stopped working"}, termsOf("it stopped working"));
        assertEquals(-2.0, weightOf("it stopped working", 0), EPS);
        assertEquals(-1.4 - 2.2, sumOf("they refused to refund"), EPS);
        assertEquals(1.9, sumOf("stopped good"), EPS);
    }

    @Test
    void anIronyMarkerFlipsThePraiseOfItsText() {
        assertEquals(3.1 * -0.74 - 1.6, sumOf("great service 🙄"), EPS);
        assertEquals(-2.5 - 1.6, sumOf("bad service 🙄"), EPS);
        assertEquals(Sentiment.NEGATIVE, scorer.score("love waiting. happy now 🙄").label());
    }

    @Test
    void aPhraseScoredZeroHidesItsWords() {
        assertEquals(0, scorer.score("call the toll free number").terms().length);
        assertEquals(2.0, sumOf("free calls and it works well"), EPS);
    }

    @Test
    void boostersAndDampenersAddVaderIncrements() {
        assertEquals(1.9 + 0.293, weightOf("very good", 0), EPS);
        assertEquals(-1.5 + 0.391, weightOf("slightly slow", 0), 1e-3);
        assertEquals(1.9 + 0.293, weightOf("טוב מאוד", 0), EPS);
        assertEquals((1.9 + 0.293) * -0.74, weightOf("not very good", 0), EPS);
    }

    @Test
    void capitalsCountOnlyAmongOtherWords() {
        assertEquals(1.9 + 0.733, weightOf("the service was GOOD", 0), EPS);
        assertEquals(1.9, weightOf("GOOD SERVICE", 0), EPS);
    }

    @Test
    void repeatedLettersEmphasize() {
        assertEquals(1.9 + 0.293, weightOf("goooood", 0), EPS);
    }

    @Test
    void exclamationMarksAmplifyTheSumUpToThree() {
        double plain = 1.9;
        assertEquals(SentimentRules.normalize(plain + 0.292 * 2), scorer.score("good!!").score(),
                EPS);
        assertEquals(SentimentRules.normalize(plain + 0.292 * 3),
                scorer.score("good!!!!!!").score(), EPS);
        assertEquals(SentimentRules.normalize(-2.5 - 0.292), scorer.score("bad!").score(), EPS);
    }

    @Test
    void questionOnlyTextsAreDamped() {
        assertEquals(SentimentRules.normalize(1.9 * 0.5), scorer.score("is it good?").score(), EPS);
        assertEquals(SentimentRules.normalize(1.9 + 3.1), scorer.score("good? great.").score(),
                EPS);
    }

    @Test
    void butHalvesBeforeAndRaisesAfter() {
        assertArrayEquals(new double[] {1.9 * 0.5, -1.5 * 1.5},
                Arrays.stream(scorer.score("good but slow").terms())
                        .mapToDouble(SentimentTerm::weight).toArray(), EPS);
        assertEquals(Sentiment.NEGATIVE, scorer.score("good but slow").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("slow but good").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("טוב אבל איטי").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("Good. However, slow.").label());
    }

    @Test
    void concessionCountsLess() {
        assertEquals(Sentiment.POSITIVE, scorer.score("Although slow, great").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("למרות שאיטי, מעולה").label());
        assertEquals(-1.5 * 0.5, weightOf("great, although slow", 1), EPS);
    }

    @Test
    void aPhraseOverridesItsWords() {
        assertArrayEquals(new String[] {"no complaints"}, termsOf("no complaints"));
        assertEquals(Sentiment.POSITIVE, scorer.score("No complaints, great").label());
        assertEquals(1.8, sumOf("no complaints"), EPS);
        assertArrayEquals(new String[] {"waste of money"}, termsOf("a waste of money"));
        assertArrayEquals(new String[] {"above and beyond"}, termsOf("went above and beyond"));
        assertArrayEquals(new String[] {"Never arrived"}, termsOf("Never arrived"));
        assertArrayEquals(new String[] {"on hold"}, termsOf("on hold for an hour"));
        assertEquals(Sentiment.POSITIVE, scorer.score("works out of the box").label());
    }

    @Test
    void aNegatorInsideAPhraseDoesNotNegateWhatFollows() {
        assertEquals(1.8 + 1.9, sumOf("no complaints good"), EPS);
    }

    @Test
    void phrasesStayWithinAClause() {
        assertArrayEquals(new String[] {"complaints"}, termsOf("no, complaints"));
    }

    @Test
    void hebrewIdiomsAndPrefixes() {
        assertArrayEquals(new String[] {"כל הכבוד"}, termsOf("כל הכבוד לצוות"));
        assertArrayEquals(new String[] {"ואין תלונות"}, termsOf("ואין תלונות"));
        assertEquals(Sentiment.POSITIVE, scorer.score("ואין תלונות").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("חבל על הזמן").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("לא שווה").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("והשירות מצוין").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("מרוצים מאוד").label());
    }

    @Test
    void emojiAndEmoticonsCount() {
        assertEquals(Sentiment.POSITIVE, scorer.score("ok :-)").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("meh :(").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("<3").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("😡😡").label());
    }

    @Test
    void termsCarryOffsetsOfTheWordsAsWritten() {
        String text = "Not GOOD, but the staff went Above and Beyond!";
        SentimentTerm[] terms = scorer.score(text).terms();
        assertEquals("GOOD", terms[0].term());
        assertEquals(4, terms[0].start());
        assertEquals("Above and Beyond", terms[1].term());
        assertEquals(text.indexOf("Above"), terms[1].start());
        assertEquals(text.length() - 1, terms[1].end());
    }
}
