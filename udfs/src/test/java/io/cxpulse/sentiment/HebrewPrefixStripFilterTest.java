package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesTo;
import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesToWithOffsets;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class HebrewPrefixStripFilterTest {

    private static final CharArraySet KNOWN =
            new CharArraySet(List.of("גרוע", "מעולה", "מאכזב", "לא", "שירות", "רע"), false);

    private static Analyzer analyzer(CharArraySet keywords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new SetKeywordMarkerFilter(tokenizer, keywords);
                return new TokenStreamComponents(
                        tokenizer, new HebrewPrefixStripFilter(stream, KNOWN));
            }
        };
    }

    private final Analyzer analyzer = analyzer(CharArraySet.EMPTY_SET);

    @Test
    void stripsSinglePrefixLetterBeforeKnownWord() {
        assertAnalyzesTo(analyzer, "וגרוע ולא", "גרוע", "לא");
    }

    @Test
    void stripsPrefixCombinations() {
        assertAnalyzesTo(analyzer, "והשירות כשהשירות ומהגרוע", "שירות", "שירות", "גרוע");
    }

    @Test
    void keepsKnownWordThatStartsWithPrefixLetter() {
        assertAnalyzesTo(analyzer, "מעולה מאכזב לא", "מעולה", "מאכזב", "לא");
    }

    @Test
    void keepsUnknownWords() {
        assertAnalyzesTo(analyzer, "ושלום בבית הספר", "ושלום", "בבית", "הספר");
    }

    @Test
    void leavesNonHebrewAndShortTermsAlone() {
        assertAnalyzesTo(analyzer, "hello וב בר", "hello", "וב", "בר");
    }

    @Test
    void keepsOriginalOffsets() {
        assertAnalyzesToWithOffsets(analyzer, "השירות וגרוע", "שירות@0-6", "גרוע@7-12");
    }

    @Test
    void honoursKeywordAttribute() {
        Analyzer keywordAware = analyzer(new CharArraySet(List.of("וגרוע"), false));
        assertAnalyzesTo(keywordAware, "וגרוע והגרוע", "וגרוע", "גרוע");
    }

    @Test
    void stripsToInflectedFormsInTheFullChain() {
        Analyzer chain = TestLexicons.chain(TestLexicons::upToLookup);
        assertAnalyzesTo(chain, "והמרוצים וכשהגרועות ולמקצועית", "מרוצה", "גרוע", "מקצועי");
    }
}
