package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips Hebrew clitic prefixes (ו ה ב כ ל מ ש and their combinations, such as ו+ה or כ+ש+ה) from a
 * term, but only when the term itself is unknown and the stripped form is a known word (give it the
 * inflected forms too, see {@link HebrewInflectionFilter#inflections}). The shortest strip that yields a known word wins.
 * Offsets are not touched, so they still cover the word as written, prefix included.
 */
public final class HebrewPrefixStripFilter extends TokenFilter {

    /** At most this many prefix letters are removed. */
    static final int MAX_PREFIX_LETTERS = 4;

    /** The stem left after stripping keeps at least this many chars. */
    static final int MIN_STEM_LENGTH = 2;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final CharArraySet knownWords;

    /** @param knownWords lowercase words the stripped form must match; read-only, shared */
    public HebrewPrefixStripFilter(TokenStream input, CharArraySet knownWords) {
        super(input);
        this.knownWords = knownWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            stripPrefix();
        }
        return true;
    }

    private void stripPrefix() {
        final char[] buffer = termAtt.buffer();
        final int length = termAtt.length();
        if (length <= MIN_STEM_LENGTH || !isPrefixLetter(buffer[0]) || isKnown(buffer, 0, length)) {
            return;
        }
        for (int cut = 1; cut <= MAX_PREFIX_LETTERS && length - cut >= MIN_STEM_LENGTH; cut++) {
            if (!isPrefixLetter(buffer[cut - 1])) {
                return;
            }
            if (isKnown(buffer, cut, length - cut)) {
                System.arraycopy(buffer, cut, buffer, 0, length - cut);
                termAtt.setLength(length - cut);
                return;
            }
        }
    }

    private boolean isKnown(char[] buffer, int offset, int length) {
        return knownWords.contains(buffer, offset, length);
    }

    static boolean isPrefixLetter(char c) {
        return c == 'ו' || c == 'ה' || c == 'ב' || c == 'כ' || c == 'ל' || c == 'מ' || c == 'ש';
    }
}
