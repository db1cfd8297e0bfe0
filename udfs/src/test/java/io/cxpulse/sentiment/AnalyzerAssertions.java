package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs an Analyzer and compares its terms with the expected ones, assertAnalyzesTo style. */
final class AnalyzerAssertions {

    private AnalyzerAssertions() {}

    static void assertAnalyzesTo(Analyzer analyzer, String input, String... expectedTerms) {
        assertEquals(List.of(expectedTerms), terms(analyzer, input), "terms of '" + input + "'");
    }

    /** Expects each term followed by its start and end offset: "term@start-end". */
    static void assertAnalyzesToWithOffsets(Analyzer analyzer, String input, String... expected) {
        assertEquals(List.of(expected), run(analyzer, input, true), "terms of '" + input + "'");
    }

    static List<String> terms(Analyzer analyzer, String input) {
        return run(analyzer, input, false);
    }

    private static List<String> run(Analyzer analyzer, String input, boolean withOffsets) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(withOffsets
                        ? term + "@" + offset.startOffset() + "-" + offset.endOffset()
                        : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
