package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lower-cases a term and folds what varies in writing but not in meaning: Latin accents
 * ({@code café} is {@code cafe}, via {@link ASCIIFoldingFilter}), apostrophes in English words
 * ({@code don't}, {@code don’t} and {@code dont} are all {@code dont}), and the Hebrew geresh and
 * gershayim, written as ASCII {@code '} and {@code "} ({@code כ״כ} is {@code כ"כ}).
 */
public final class LowerCaseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private char[] scratch = new char[64];

    public LowerCaseFoldingFilter(TokenStream input) {
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
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        int folded = foldSimple(buffer, length);
        if (folded < 0) {
            int kept = -1 - folded;
            int needed = kept * 4;
            if (scratch.length < needed) {
                scratch = new char[ArrayUtil.oversize(needed, Character.BYTES)];
            }
            folded = ASCIIFoldingFilter.foldToASCII(buffer, 0, scratch, 0, kept);
            buffer = termAtt.resizeBuffer(folded);
            System.arraycopy(scratch, 0, buffer, 0, folded);
        }
        termAtt.setLength(folded);
        return true;
    }

    /** Folds a word as the filter folds a term; used for lexicon keys. */
    static String fold(String word) {
        char[] buffer = word.toCharArray();
        int folded = foldSimple(buffer, buffer.length);
        if (folded >= 0) {
            return new String(buffer, 0, folded);
        }
        int kept = -1 - folded;
        char[] out = new char[kept * 4];
        return new String(out, 0, ASCIIFoldingFilter.foldToASCII(buffer, 0, out, 0, kept));
    }

    /**
     * Lower-cases and folds apostrophes and Hebrew marks in place.
     *
     * @return the new length n, or -1 - n when Latin accents remain to fold in those n chars
     */
    private static int foldSimple(char[] buffer, int length) {
        int kept = 0;
        boolean accents = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c | 0x20);
                } else if (c == '\'' || c == '`') {
                    if (!afterHebrew(buffer, kept)) {
                        continue;
                    }
                }
                buffer[kept++] = c;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length) {
                int codePoint = Character.toLowerCase(Character.toCodePoint(c, buffer[i + 1]));
                kept += Character.toChars(codePoint, buffer, kept);
                i++;
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4' -> {
                    if (afterHebrew(buffer, kept)) {
                        buffer[kept++] = '\'';
                    }
                    continue;
                }
                case '\u05F3' -> c = '\'';
                case '\u05F4' -> c = '"';
                default -> {
                    c = Character.toLowerCase(c);
                    accents |= (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
                }
            }
            buffer[kept++] = c;
        }
        return accents ? -1 - kept : kept;
    }

    private static boolean afterHebrew(char[] buffer, int kept) {
        return kept > 0 && ScriptDetector.isHebrewLetter(buffer[kept - 1]);
    }
}
