package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertCues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** LexiconLookupFilter, NegationScopeFilter, BoosterFilter and ContrastFilter. */
class ContextFiltersTest {

    private static final Analyzer LOOKUP = TestLexicons.chain(TestLexicons::upToLookup);
    private static final Analyzer NEGATION = TestLexicons.chain(
            (in, v) -> new NegationScopeFilter(TestLexicons.upToLookup(in, v)));
    private static final Analyzer BOOSTER = TestLexicons.chain(
            (in, v) -> new BoosterFilter(TestLexicons.upToLookup(in, v)));
    private static final Analyzer CONTRAST = TestLexicons.chain(
            (in, v) -> new ContrastFilter(TestLexicons.upToLookup(in, v)));

    private static String entry(SentimentCueAttribute cue) {
        LexiconEntry e = cue.entry();
        if (e == null) {
            return "?";
        }
        return e.role != null ? e.role.name().toLowerCase() : e.hasValence() ? "" + e.valence : "-";
    }

    private static String negation(SentimentCueAttribute cue) {
        return (cue.has(SentimentCueAttribute.NEGATOR) ? "N" : "") + cue.negationDistance();
    }

    private static String boost(SentimentCueAttribute cue) {
        return (cue.has(SentimentCueAttribute.BOOSTS_PREVIOUS) ? "<" : "")
                + Math.round(cue.boost() * 1000);
    }

    private static String contrast(SentimentCueAttribute cue) {
        return cue.has(SentimentCueAttribute.CONTRAST) ? "but"
                : cue.has(SentimentCueAttribute.AFTER_CONTRAST) ? "after"
                : cue.has(SentimentCueAttribute.CONCESSION) ? "conceded" : "-";
    }

    @Test
    void looksUpEveryAnalyzedTerm() {
        assertCues(LOOKUP, "Not GOOD, loved it 👍 והמעולה zz", ContextFiltersTest::entry,
                "not/negator", "good/1.9", "love/3.2", "it/?", "👍/1.8", "מעולה/3.0", "zz/?");
    }

    @Test
    void phraseWordsAreKnownButCarryNoScoreOfTheirOwn() {
        assertCues(LOOKUP, "money box", ContextFiltersTest::entry, "money/-", "box/-");
    }

    @Test
    void negationReachesThreeTokens() {
        assertCues(NEGATION, "not very very good at all", ContextFiltersTest::negation,
                "not/N0", "very/1", "very/2", "good/3", "at/0", "all/0");
    }

    @Test
    void negationStopsAtPunctuationAndContrast() {
        assertCues(NEGATION, "not good, great", ContextFiltersTest::negation,
                "not/N0", "good/1", "great/0");
        assertCues(NEGATION, "not slow but good", ContextFiltersTest::negation,
                "not/N0", "slow/1", "but/0", "good/0");
    }

    @Test
    void haltersOpenANegationScope() {
        assertCues(NEGATION, "stopped working", ContextFiltersTest::negation,
                "stopped/N0", "work/1");
    }

    @Test
    void leastNegatesUnlessAfterAtOrVery() {
        assertCues(NEGATION, "least helpful, at least helpful", ContextFiltersTest::negation,
                "least/N0", "helpful/1", "at/0", "least/0", "helpful/0");
    }

    @Test
    void hebrewNegators() {
        assertCues(NEGATION, "ולא טוב", ContextFiltersTest::negation, "לא/N0", "טוב/1");
    }

    @Test
    void boostersReachThreeTokensScaledByDistance() {
        assertCues(BOOSTER, "very good nice slightly slow", ContextFiltersTest::boost,
                "very/0", "good/293", "nice/278", "slightly/264", "slow/-391");
    }

    @Test
    void aBoosterAfterASentimentWordBoostsIt() {
        assertCues(BOOSTER, "טוב מאוד", ContextFiltersTest::boost, "טוב/0", "מאוד/<0");
        assertCues(BOOSTER, "מאוד טוב", ContextFiltersTest::boost, "מאוד/0", "טוב/293");
    }

    @Test
    void marksWhatFollowsAContrastWord() {
        assertCues(CONTRAST, "good but slow. great", ContextFiltersTest::contrast,
                "good/-", "but/but", "slow/after", "great/-");
        assertCues(CONTRAST, "טוב אבל איטי", ContextFiltersTest::contrast,
                "טוב/-", "אבל/but", "איטי/after");
    }

    @Test
    void concessionWeakensItsClauseAndStrengthensTheRest() {
        assertCues(CONTRAST, "although slow, great", ContextFiltersTest::contrast,
                "although/-", "slow/conceded", "great/after");
        assertCues(CONTRAST, "great, although slow", ContextFiltersTest::contrast,
                "great/-", "although/-", "slow/conceded");
        assertCues(CONTRAST, "ולמרות שאיטי, מעולה", ContextFiltersTest::contrast,
                "למרות/-", "איטי/conceded", "מעולה/after");
    }

    @Test
    void boosterIncrementFollowsVader() {
        assertEquals(0.293, SentimentRules.boosterIncrement(1.3), 1e-9);
        assertEquals(-0.293, SentimentRules.boosterIncrement(0.7), 1e-9);
    }
}
