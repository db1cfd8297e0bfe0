package io.cxpulse.sentiment;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds the gender and number inflection of an unknown Hebrew word to a form the lexicon knows:
 * plural {@code -ים} and {@code -ות} ({@code גרועים}, {@code גרועות} to {@code גרוע} or
 * {@code גרועה}; {@code מרוצים} to {@code מרוצה}), feminine {@code -ה} and {@code -ת}
 * ({@code מצוינת} to {@code מצוין}, {@code מקצועית} to {@code מקצועי}); a bare stem gets its final
 * letter back (נ to ן). The inflected forms of the known words are generated once by
 * {@link #inflections}, so folding is one lookup per word.
 */
public final class HebrewInflectionFilter extends TokenFilter {

    /** A stem keeps at least this many chars. */
    static final int MIN_STEM_LENGTH = 2;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> inflections;

    /** @param inflections inflected form to known word, from {@link #inflections}; shared */
    public HebrewInflectionFilter(TokenStream input, CharArrayMap<char[]> inflections) {
        super(input);
        this.inflections = inflections;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        if (keywordAtt.isKeyword() || length <= MIN_STEM_LENGTH
                || !ScriptDetector.isHebrewLetter(buffer[0]) || !mayBeInflected(buffer[length - 1])) {
            return true;
        }
        char[] base = inflections.get(buffer, 0, length);
        if (base != null) {
            termAtt.copyBuffer(base, 0, base.length);
        }
        return true;
    }

    /** Every form {@link #inflections} makes ends in -ים, -ות, -ה or -ת: other words need no lookup. */
    static boolean mayBeInflected(char last) {
        return last == 'ם' || last == 'ת' || last == 'ה';
    }

    /**
     * The inflected forms of known Hebrew words, each mapped to the word it folds to; forms that
     * are known words themselves are left out. When two words share a form, {@code -ים} prefers
     * the bare stem ({@code טובים} to {@code טוב}) and {@code -ות} the {@code -ה} word
     * ({@code טובות} to {@code טובה}); then {@code -ת}, then the feminine singular.
     */
    public static CharArrayMap<char[]> inflections(Collection<String> knownWords) {
        Map<String, String> base = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (String word : knownWords) {
            int n = word.length();
            if (n < MIN_STEM_LENGTH || !ScriptDetector.isHebrewLetter(word.charAt(0))) {
                continue;
            }
            char last = word.charAt(n - 1);
            String bare = bareStem(word);
            if (last == 'ה' && n - 1 >= MIN_STEM_LENGTH) {
                String stem = word.substring(0, n - 1);
                add(base, rank, stem + "ים", word, 2);
                add(base, rank, stem + "ות", word, 1);
            }
            if (bare != null) {
                add(base, rank, bare + "ים", word, 1);
                add(base, rank, bare + "ות", word, 2);
            }
            if (last == 'ת' && n - 1 >= MIN_STEM_LENGTH) {
                add(base, rank, word.substring(0, n - 1) + "ות", word, 3);
            }
            if (bare != null) {
                add(base, rank, bare + "ה", word, 4);
                add(base, rank, bare + "ת", word, 4);
            }
        }
        CharArrayMap<char[]> map = new CharArrayMap<>(Math.max(4 * base.size(), 1), false);
        for (Map.Entry<String, String> e : base.entrySet()) {
            if (!knownWords.contains(e.getKey())) {
                map.put(e.getKey(), e.getValue().toCharArray());
            }
        }
        return CharArrayMap.unmodifiableMap(map);
    }

    private static void add(Map<String, String> base, Map<String, Integer> rank, String form,
            String word, int level) {
        Integer previous = rank.get(form);
        if (previous == null || previous > level) {
            base.put(form, word);
            rank.put(form, level);
        }
    }

    /** The word as a stem that takes a suffix: its final letter made medial; null if none. */
    private static String bareStem(String word) {
        int n = word.length();
        char last = word.charAt(n - 1);
        char medial = switch (last) {
            case 'ך' -> 'כ';
            case 'ם' -> 'מ';
            case 'ן' -> 'נ';
            case 'ף' -> 'פ';
            case 'ץ' -> 'צ';
            case 'כ', 'מ', 'נ', 'פ', 'צ' -> 0;
            default -> last;
        };
        return medial == 0 ? null : word.substring(0, n - 1) + medial;
    }
}
