package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes apostrophes (ASCII, typographic and modifier-letter) inside a term, so that
 * {@code don't}, {@code don’t} and {@code dont} all become {@code dont}. Hebrew geresh and
 * gershayim are left alone; they belong to Hebrew abbreviations.
 */
public final class ApostropheStripFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public ApostropheStripFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        final char[] buffer = termAtt.buffer();
        final int length = termAtt.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!isApostrophe(c)) {
                buffer[kept++] = c;
            }
        }
        if (kept != length) {
            termAtt.setLength(kept);
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }
}
