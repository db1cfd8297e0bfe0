package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesTo;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class HebrewInflectionFilterTest {

    private static final List<String> KNOWN =
            List.of("מרוצה", "גרוע", "מצוין", "מקצועי", "מקצועית", "טוב", "טובה");

    private static final Analyzer ANALYZER = TestLexicons.chain((in, v) ->
            new HebrewInflectionFilter(in, HebrewInflectionFilter.inflections(KNOWN)));

    @Test
    void foldsPluralToTheSingularTheLexiconKnows() {
        assertAnalyzesTo(ANALYZER, "מרוצים מרוצות גרועים גרועות", "מרוצה", "מרוצה", "גרוע", "גרוע");
    }

    @Test
    void foldsFeminineAndRestoresFinalLetters() {
        assertAnalyzesTo(ANALYZER, "גרועה מצוינת מצוינים", "גרוע", "מצוין", "מצוין");
    }

    @Test
    void prefersTheFeminineSingularForAFemininePlural() {
        assertAnalyzesTo(ANALYZER, "טובות טובים מקצועיים", "טובה", "טוב", "מקצועי");
    }

    @Test
    void leavesKnownAndUnknownWordsAlone() {
        assertAnalyzesTo(ANALYZER, "טובה מקצועית שולחנות good", "טובה", "מקצועית", "שולחנות",
                "good");
    }
}
