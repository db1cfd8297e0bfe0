package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoes letters repeated for emphasis ({@code soooo}, {@code goooood}, {@code טובבבב}): a run of
 * three or more equal letters is shortened to two, else to one, whichever gives a known word
 * (directly or through {@link EnglishLightStemFilter}), and the token is marked
 * {@link SentimentCueAttribute#ELONGATED}. Unknown results leave the term as it was.
 */
public final class ElongationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private final CharArraySet knownWords;
    private final char[] candidate = new char[CustomerTextTokenizer.MAX_TERM_LENGTH + 2];
    private final char[] stem = new char[CustomerTextTokenizer.MAX_TERM_LENGTH + 2];

    /** @param knownWords words a shortened form must match; read-only, shared */
    public ElongationFilter(TokenStream input, CharArraySet knownWords) {
        super(input);
        this.knownWords = knownWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        if (keywordAtt.isKeyword() || !hasLongRun(buffer, length)) {
            return true;
        }
        for (int keep = 2; keep >= 1; keep--) {
            int shortened = squeeze(buffer, length, keep, candidate);
            if (knownWords.contains(candidate, 0, shortened)
                    || EnglishLightStemFilter.stem(candidate, shortened, knownWords, stem) > 0) {
                System.arraycopy(candidate, 0, buffer, 0, shortened);
                termAtt.setLength(shortened);
                cueAtt.addFlags(SentimentCueAttribute.ELONGATED);
                return true;
            }
        }
        return true;
    }

    private static boolean hasLongRun(char[] buffer, int length) {
        for (int i = 2; i < length; i++) {
            char c = buffer[i];
            if (c == buffer[i - 1] && c == buffer[i - 2] && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Copies buffer into out with each run of 3+ equal letters cut to keep letters. */
    static int squeeze(char[] buffer, int length, int keep, char[] out) {
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = buffer[i];
            int run = 1;
            while (i + run < length && buffer[i + run] == c) {
                run++;
            }
            int copies = run >= 3 && Character.isLetter(c) ? keep : run;
            for (int k = 0; k < copies && n < out.length; k++) {
                out[n++] = c;
            }
            i += run;
        }
        return n;
    }
}
