package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes characters that change how a word looks to a lookup but not what it says: format
 * characters (zero-width joiners, LRM/RLM and other bidi marks, soft hyphens, BOM), variation
 * selectors, emoji skin-tone modifiers and Hebrew points (niqqud and cantillation). The term is
 * edited in place; offsets still point at the original text.
 */
public final class InvisibleCharStripFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public InvisibleCharStripFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            strip();
        }
        return true;
    }

    private void strip() {
        final char[] buffer = termAtt.buffer();
        final int length = termAtt.length();
        int kept = 0;
        int i = 0;
        while (i < length) {
            int codePoint = Character.codePointAt(buffer, i, length);
            int width = Character.charCount(codePoint);
            if (!isInvisible(codePoint)) {
                for (int k = 0; k < width; k++) {
                    buffer[kept++] = buffer[i + k];
                }
            }
            i += width;
        }
        if (kept != length) {
            termAtt.setLength(kept);
        }
    }

    static boolean isInvisible(int codePoint) {
        if (codePoint < 0x00AD) {
            return false;
        }
        if (codePoint >= 0xFE00 && codePoint <= 0xFE0F) {
            return true; // variation selectors
        }
        if (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) {
            return true; // emoji skin tones
        }
        if (codePoint >= 0x0591 && codePoint <= 0x05C7) {
            return Character.getType(codePoint) == Character.NON_SPACING_MARK; // Hebrew points
        }
        return Character.getType(codePoint) == Character.FORMAT;
    }
}
