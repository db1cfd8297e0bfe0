package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AspectsAndIntentsTest {

    private final LexiconSentimentScorer scorer = TestLexicons.SCORER;

    private List<String> aspectNames(String text) {
        return Arrays.stream(scorer.score(text).aspects()).map(AspectSentiment::aspect).toList();
    }

    private AspectSentiment aspect(String text, String name) {
        return Arrays.stream(scorer.score(text).aspects()).filter(a -> a.aspect().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void eachAspectTakesTheOpinionOfItsOwnClause() {
        String text = "The price is good but the support is terribly slow";
        assertEquals(List.of(AspectSentiment.PRICE, AspectSentiment.SUPPORT), aspectNames(text));
        assertTrue(aspect(text, AspectSentiment.PRICE).score() > 0);
        assertTrue(aspect(text, AspectSentiment.SUPPORT).score() < 0);
    }

    @Test
    void aspectScoresApplyNegationAndNormalize() {
        AspectSentiment support = aspect("support was not helpful", AspectSentiment.SUPPORT);
        assertEquals(SentimentRules.normalize(1.8 * -0.74), support.score(), 1e-9);
        assertEquals(1, support.mentions());
    }

    @Test
    void countsMentionsAndMultiWordAspects() {
        AspectSentiment support = aspect("Customer service was rude. Support never called back.",
                AspectSentiment.SUPPORT);
        assertEquals(2, support.mentions());
        assertTrue(support.score() < 0);
    }

    @Test
    void anAspectWithoutOpinionScoresZero() {
        AspectSentiment delivery = aspect("delivery on tuesday", AspectSentiment.DELIVERY);
        assertEquals(0.0, delivery.score());
        assertEquals(1, delivery.mentions());
    }

    @Test
    void hebrewAspectsWithPrefixes() {
        String text = "המחיר מעולה אבל השירות גרוע";
        assertEquals(List.of(AspectSentiment.PRICE, AspectSentiment.SUPPORT), aspectNames(text));
        assertTrue(aspect(text, AspectSentiment.PRICE).score() > 0);
        assertTrue(aspect(text, AspectSentiment.SUPPORT).score() < 0);
    }

    @Test
    void intentsInOrderOfFirstMention() {
        assertArrayEquals(new String[] {Sentiment.REFUND, Sentiment.CHURN},
                scorer.score("I want a refund, I'm cancelling").intents());
        assertArrayEquals(new String[] {Sentiment.CHURN, Sentiment.ESCALATION},
                scorer.score("אני עוזב ופונה לעורך דין").intents());
        assertArrayEquals(new String[] {Sentiment.CHURN},
                scorer.score("I am switching to another provider").intents());
        assertArrayEquals(new String[] {Sentiment.CHURN},
                scorer.score("מבטל את המנוי").intents());
    }

    @Test
    void aNegatedIntentDoesNotCount() {
        assertArrayEquals(new String[0], scorer.score("I'm not cancelling").intents());
        assertArrayEquals(new String[0], scorer.score("no lawyer needed").intents());
    }

    @Test
    void aDroppingLineIsNotLeaving() {
        assertArrayEquals(new String[0],
                scorer.score("הראוטר מתנתק כל שעה, כבר החליפו פעמיים.").intents());
    }

    @Test
    void languageHintRestrictsAspectsAndIntents() {
        Sentiment english = scorer.score("price מחיר refund החזר", Language.ENGLISH);
        assertEquals(List.of(AspectSentiment.PRICE),
                Arrays.stream(english.aspects()).map(AspectSentiment::aspect).toList());
        assertEquals(1, english.aspects()[0].mentions());
        assertArrayEquals(new String[] {Sentiment.REFUND}, english.intents());
    }
}
