package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesTo;
import static io.cxpulse.sentiment.AnalyzerAssertions.assertCues;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

/** CapsEmphasisFilter, LowerCaseFoldingFilter, ElongationFilter and EnglishLightStemFilter. */
class NormalizingFiltersTest {

    private static final Analyzer CAPS = TestLexicons.chain((in, v) -> new CapsEmphasisFilter(in));
    private static final Analyzer FOLD =
            TestLexicons.chain((in, v) -> new LowerCaseFoldingFilter(in));
    private static final Analyzer ELONGATION = TestLexicons.chain(
            (in, v) -> new ElongationFilter(new LowerCaseFoldingFilter(in), v.knownWords()));
    private static final Analyzer STEM = TestLexicons.chain(
            (in, v) -> new EnglishLightStemFilter(new LowerCaseFoldingFilter(in), v.knownWords()));
    private static final Analyzer STEM_WITH_KEYWORDS = TestLexicons.chain(
            (in, v) -> new EnglishLightStemFilter(new SetKeywordMarkerFilter(
                    new LowerCaseFoldingFilter(in), new CharArraySet(List.of("loves"), false)),
                    v.knownWords()));

    private static String caps(SentimentCueAttribute cue) {
        return cue.has(SentimentCueAttribute.CAPS) ? "CAPS" : "-";
    }

    @Test
    void marksWordsInCapitalsOnly() {
        assertCues(CAPS, "GREAT service I OK Ok ÉTÉ שירות", NormalizingFiltersTest::caps,
                "GREAT/CAPS", "service/-", "I/-", "OK/CAPS", "Ok/-", "ÉTÉ/CAPS", "שירות/-");
    }

    @Test
    void lowerCasesAndFoldsAccents() {
        assertAnalyzesTo(FOLD, "GREAT Café NAÏVE Straße", "great", "cafe", "naive", "strasse");
    }

    @Test
    void removesApostrophesInEnglishAndKeepsGereshInHebrew() {
        assertAnalyzesTo(FOLD, "Don't don’t DONT ג׳וב ש״ח ג'וב", "dont", "dont", "dont", "ג'וב",
                "ש\"ח", "ג'וב");
    }

    @Test
    void shortensRepeatedLettersToAKnownWord() {
        assertAnalyzesTo(ELONGATION, "goooood baaaad sloooow loooove", "good", "bad", "slow",
                "love");
        assertAnalyzesTo(ELONGATION, "greaaaaat helpfuuuul", "great", "helpful");
    }

    @Test
    void keepsUnknownElongationsAndNumbers() {
        assertAnalyzesTo(ELONGATION, "zzzzz 10000 bookkeeper", "zzzzz", "10000", "bookkeeper");
    }

    @Test
    void marksElongatedWords() {
        assertCues(ELONGATION, "goooood good", c -> c.has(SentimentCueAttribute.ELONGATED)
                ? "long" : "-", "good/long", "good/-");
    }

    @Test
    void stemsInflectionsOnlyToKnownWords() {
        assertAnalyzesTo(STEM, "loves loved loving happily terribly rudest slower helpfulness",
                "love", "love", "love", "happy", "terrible", "rude", "slow", "helpful");
        assertAnalyzesTo(STEM, "problems waits waited waiting complaints",
                "problem", "wait", "wait", "wait", "complaints");
    }

    @Test
    void leavesUnknownStemsAndShortWordsAlone() {
        assertAnalyzesTo(STEM, "things likely bus was", "things", "likely", "bus", "was");
    }

    @Test
    void honoursKeywordAttribute() {
        assertAnalyzesTo(STEM_WITH_KEYWORDS, "loves loved", "loves", "love");
    }
}
