package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesTo;
import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesToWithOffsets;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/** InvisibleCharStripFilter and ApostropheStripFilter, alone and in the full analyzer chain. */
class NormalizingFiltersTest {

    private static final Analyzer INVISIBLE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new InvisibleCharStripFilter(tokenizer));
        }
    };

    private static final Analyzer APOSTROPHE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ApostropheStripFilter(tokenizer));
        }
    };

    private final Analyzer full =
            new CustomerTextAnalyzer(new CharArraySet(List.of("טוב"), false));

    @Test
    void stripsBidiMarksZeroWidthJoinersAndSoftHyphens() {
        assertAnalyzesTo(INVISIBLE, "\u200Fטוב\u200E go\u00ADod ni\u200Dce", "טוב", "good", "nice");
    }

    @Test
    void stripsHebrewPointsButKeepsLetters() {
        assertAnalyzesTo(INVISIBLE, "טוֹב שָׁלוֹם", "טוב", "שלום");
    }

    @Test
    void stripsVariationSelectorsAndSkinTones() {
        assertAnalyzesTo(INVISIBLE, "❤\uFE0F 👍\uD83C\uDFFD", "❤", "👍");
    }

    @Test
    void removesStraightAndCurlyApostrophes() {
        assertAnalyzesTo(APOSTROPHE, "don't don’t can't", "dont", "dont", "cant");
    }

    @Test
    void fullChainLowerCasesStripsAndKeepsOffsets() {
        assertAnalyzesToWithOffsets(full, "Don’t \u200Fוהטוב GOOD",
                "dont@0-5", "טוב@7-12", "good@13-17");
    }

    @Test
    void fullChainKeepsEmojiAsTokens() {
        assertAnalyzesTo(full, "great 👍 😡!", "great", "👍", "😡");
    }
}
