package io.cxpulse.sentiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs the analyzer over a text and records each term with offsets and punctuation breaks. */
final class TextTokenizer {

    private static final String FIELD = "text";

    private TextTokenizer() {}

    static List<AnalyzedToken> tokenize(Analyzer analyzer, String text) throws IOException {
        List<AnalyzedToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute termAtt = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsetAtt = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int previousEnd = 0;
            while (stream.incrementToken()) {
                int start = Math.max(offsetAtt.startOffset(), previousEnd);
                int end = Math.min(Math.max(offsetAtt.endOffset(), start), text.length());
                if (termAtt.length() == 0 || start >= end) {
                    continue;
                }
                boolean first = tokens.isEmpty();
                boolean sentenceBreak = !first && hasSentenceBreak(text, previousEnd, start);
                boolean clauseBreak =
                        sentenceBreak || (!first && hasClauseBreak(text, previousEnd, start));
                tokens.add(new AnalyzedToken(
                        termAtt.toString(), start, end, clauseBreak, sentenceBreak));
                previousEnd = end;
            }
            stream.end();
        }
        return tokens;
    }

    private static boolean hasSentenceBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', '\n', '\r', '\u2026', '\u061F', '\u05C3' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean hasClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ',', ';', ':', '(', ')', '\u2013', '\u2014', '\u060C' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
