package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light English stemmer for lexicon lookup: an unknown lower-case word becomes its stem only
 * when the stem is a known word. It undoes plural and possessive {@code -s/-es/-ies}, past
 * {@code -ed/-d/-ied}, {@code -ing} (restoring a dropped e or undoing a doubled consonant),
 * adverb {@code -ly/-ily/-bly}, comparative {@code -er/-est/-ier/-iest} (also restoring a dropped e) and {@code -ness}. Stems
 * keep at least three chars.
 */
public final class EnglishLightStemFilter extends TokenFilter {

    static final int MIN_STEM = 3;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final CharArraySet knownWords;
    private final char[] scratch = new char[CustomerTextTokenizer.MAX_TERM_LENGTH + 2];

    /** @param knownWords words a stem must match; read-only, shared */
    public EnglishLightStemFilter(TokenStream input, CharArraySet knownWords) {
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
        if (keywordAtt.isKeyword() || length <= MIN_STEM || buffer[0] < 'a' || buffer[0] > 'z'
                || !mayHaveSuffix(buffer[length - 1]) || knownWords.contains(buffer, 0, length)) {
            return true;
        }
        int stem = stem(buffer, length, knownWords, scratch);
        if (stem > 0) {
            System.arraycopy(scratch, 0, buffer, 0, stem);
            termAtt.setLength(stem);
        }
        return true;
    }

    /**
     * The last letters of the suffixes {@link #stem} undoes (-s, -ness, -ed, -ing, -ly, -er, -est):
     * a word ending otherwise has no stem, so it needs no lookup.
     */
    static boolean mayHaveSuffix(char last) {
        return last == 's' || last == 'd' || last == 'g' || last == 'y' || last == 'r'
                || last == 't';
    }

    /**
     * @param out receives the known stem; at least length + 2 chars
     * @return the stem length in out, 0 when no stem is known
     */
    static int stem(char[] w, int n, CharArraySet known, char[] out) {
        if (n <= MIN_STEM || n + 2 > out.length) {
            return 0;
        }
        int found = 0;
        if (endsWith(w, n, "ness")) {
            found = endsWith(w, n, "iness") ? attempt(w, n - 5, "y", known, out) : 0;
            found = orElse(found, w, n - 4, "", known, out);
        } else if (endsWith(w, n, "s") && !endsWith(w, n, "ss") && !endsWith(w, n, "us")) {
            if (endsWith(w, n, "ies")) {
                found = attempt(w, n - 3, "y", known, out);
            }
            found = orElse(found, w, n - 1, "", known, out);
            if (endsWith(w, n, "es")) {
                found = orElse(found, w, n - 2, "", known, out);
            }
        } else if (endsWith(w, n, "ed")) {
            if (endsWith(w, n, "ied")) {
                found = attempt(w, n - 3, "y", known, out);
            }
            found = orElse(found, w, n - 2, "", known, out);
            found = orElse(found, w, n - 1, "", known, out);
            found = orElseUndoubled(found, w, n - 2, known, out);
        } else if (endsWith(w, n, "ing")) {
            found = attempt(w, n - 3, "", known, out);
            found = orElse(found, w, n - 3, "e", known, out);
            found = orElseUndoubled(found, w, n - 3, known, out);
        } else if (endsWith(w, n, "ly")) {
            if (endsWith(w, n, "ily")) {
                found = attempt(w, n - 3, "y", known, out);
            } else if (endsWith(w, n, "bly")) {
                found = attempt(w, n - 1, "e", known, out);
            }
            found = orElse(found, w, n - 2, "", known, out);
        } else if (endsWith(w, n, "er") || endsWith(w, n, "est")) {
            int cut = w[n - 1] == 'r' ? 2 : 3;
            if (n - cut > 0 && w[n - cut - 1] == 'i') {
                found = attempt(w, n - cut - 1, "y", known, out);
            }
            found = orElse(found, w, n - cut, "", known, out);
            found = orElse(found, w, n - cut, "e", known, out);
            found = orElseUndoubled(found, w, n - cut, known, out);
        }
        return found;
    }

    private static boolean endsWith(char[] w, int n, String suffix) {
        int s = suffix.length();
        if (n < s) {
            return false;
        }
        for (int i = 0; i < s; i++) {
            if (w[n - s + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int orElse(int found, char[] w, int keep, String suffix, CharArraySet known,
            char[] out) {
        return found == 0 ? attempt(w, keep, suffix, known, out) : found;
    }

    private static int orElseUndoubled(int found, char[] w, int keep, CharArraySet known,
            char[] out) {
        if (found != 0 || keep < MIN_STEM + 1 || w[keep - 1] != w[keep - 2]) {
            return found;
        }
        return attempt(w, keep - 1, "", known, out);
    }

    private static int attempt(char[] w, int keep, String suffix, CharArraySet known, char[] out) {
        if (keep < MIN_STEM) {
            return 0;
        }
        System.arraycopy(w, 0, out, 0, keep);
        int length = keep;
        for (int i = 0; i < suffix.length(); i++) {
            out[length++] = suffix.charAt(i);
        }
        return known.contains(out, 0, length) ? length : 0;
    }
}
