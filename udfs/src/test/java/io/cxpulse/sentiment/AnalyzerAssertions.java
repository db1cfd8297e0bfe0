package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        assertEquals(List.of(expected), run(analyzer, input, t -> t.term + "@" + t.start + "-"
                + t.end), "terms of '" + input + "'");
    }

    /** Expects each term with what {@code describe} says of its cues: "term/description". */
    static void assertCues(Analyzer analyzer, String input,
            Function<SentimentCueAttribute, String> describe, String... expected) {
        assertEquals(List.of(expected),
                run(analyzer, input, t -> t.term + "/" + describe.apply(t.cue)),
                "cues of '" + input + "'");
    }

    static List<String> terms(Analyzer analyzer, String input) {
        return run(analyzer, input, t -> t.term);
    }

    /** The token being described. */
    record Token(String term, int start, int end, SentimentCueAttribute cue) {}

    private static List<String> run(Analyzer analyzer, String input,
            Function<Token, String> format) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            SentimentCueAttribute cue = stream.addAttribute(SentimentCueAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(format.apply(new Token(
                        term.toString(), offset.startOffset(), offset.endOffset(), cue)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
