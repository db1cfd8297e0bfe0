package io.cxpulse.sentiment;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * All lexicon knowledge in lookup form: single words and phrases (words joined by one space)
 * mapped to their {@link LexiconEntry}, and the set of every known word for the filters that only
 * rewrite a term into a known one. Keys are folded like analyzed terms. Immutable once built.
 */
final class Vocabulary {

    private final CharArrayMap<LexiconEntry> words;
    private final CharArrayMap<LexiconEntry> phrases;
    private final CharArraySet known;
    private final CharArrayMap<char[]> hebrewInflections;
    private final CharArraySet hebrewForms;

    private Vocabulary(Map<String, LexiconEntry> words, Map<String, LexiconEntry> phrases) {
        CharArrayMap<LexiconEntry> w = new CharArrayMap<>(4 * words.size(), false);
        CharArraySet k = new CharArraySet(4 * words.size(), false);
        for (Map.Entry<String, LexiconEntry> e : words.entrySet()) {
            w.put(e.getKey(), e.getValue());
            k.add(e.getKey());
        }
        CharArrayMap<LexiconEntry> p = new CharArrayMap<>(Math.max(4 * phrases.size(), 1), false);
        for (Map.Entry<String, LexiconEntry> e : phrases.entrySet()) {
            p.put(e.getKey(), e.getValue());
        }
        this.words = CharArrayMap.unmodifiableMap(w);
        this.phrases = CharArrayMap.unmodifiableMap(p);
        this.known = CharArraySet.unmodifiableSet(k);
        this.hebrewInflections = HebrewInflectionFilter.inflections(words.keySet());
        CharArraySet forms = new CharArraySet(4 * (k.size() + hebrewInflections.size()), false);
        forms.addAll(k);
        forms.addAll(hebrewInflections.keySet());
        this.hebrewForms = CharArraySet.unmodifiableSet(forms);
    }

    /** Single words: sentiment words, modifiers, aspect and intent words, words of phrases. */
    CharArrayMap<LexiconEntry> words() {
        return words;
    }

    LexiconEntry word(CharSequence word) {
        return words.get(word);
    }

    /** @return the phrase entry for words joined by one space, or null */
    LexiconEntry phrase(char[] key, int length) {
        return phrases.get(key, 0, length);
    }

    LexiconEntry phrase(CharSequence key) {
        return phrases.get(key);
    }

    /** Phrases: words joined by one space, mapped to their entries; read-only. */
    CharArrayMap<LexiconEntry> phrases() {
        return phrases;
    }

    CharArraySet knownWords() {
        return known;
    }

    /** Inflected Hebrew forms mapped to the known word they fold to. */
    CharArrayMap<char[]> hebrewInflections() {
        return hebrewInflections;
    }

    /** Known words and their inflected Hebrew forms: what a clitic prefix may be stripped to. */
    CharArraySet hebrewForms() {
        return hebrewForms;
    }

    /** Language bit of a key from its script: Hebrew, else Latin, else symbols. */
    static int languageOf(CharSequence key) {
        boolean latin = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (ScriptDetector.isHebrewLetter(c)) {
                return LexiconEntry.HEBREW;
            }
            latin |= ScriptDetector.isLatinLetter(c);
        }
        return latin ? LexiconEntry.ENGLISH : LexiconEntry.SYMBOLS;
    }

    /** Collects entries; a later entry for the same key and field overrides an earlier one. */
    static final class Builder {

        private final Map<String, LexiconEntry> words = new HashMap<>();
        private final Map<String, LexiconEntry> phrases = new HashMap<>();

        /** Starts with the words the filters know by themselves, so prefixes strip to them. */
        Builder() {
            for (String word : ContrastFilter.CONCESSIVE) {
                word(word);
            }
        }

        Builder sentiment(String key, double valence) {
            entry(key, true).valence = valence;
            return this;
        }

        Builder expectation(String key, double unmetValence) {
            entry(key, true).unmetValence = unmetValence;
            return this;
        }

        Builder modifier(String key, ModifierRole role, double factor) {
            LexiconEntry entry = entry(key, false);
            entry.role = role;
            entry.factor = factor;
            return this;
        }

        Builder aspect(String key, int aspect) {
            entry(key, false).aspect = aspect;
            return this;
        }

        Builder intent(String key, String intent) {
            entry(key, false).intent = intent;
            return this;
        }

        Vocabulary build() {
            return new Vocabulary(words, phrases);
        }

        private LexiconEntry entry(String rawKey, boolean sentiment) {
            String[] parts = normalize(rawKey);
            if (parts.length == 1) {
                return word(parts[0]);
            }
            LexiconEntry first = word(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                word(parts[i]);
            }
            if (sentiment) {
                first.sentimentPhraseWords = Math.max(first.sentimentPhraseWords, parts.length);
            } else {
                first.tagPhraseWords = Math.max(first.tagPhraseWords, parts.length);
            }
            String key = String.join(" ", parts);
            return phrases.computeIfAbsent(key, k -> withLanguage(new LexiconEntry(), k));
        }

        private LexiconEntry word(String word) {
            return words.computeIfAbsent(word, k -> withLanguage(new LexiconEntry(), k));
        }

        private static LexiconEntry withLanguage(LexiconEntry entry, String key) {
            entry.language = languageOf(key);
            return entry;
        }
    }

    /**
     * Splits a key into words folded like analyzed terms. Hyphens and slashes between letters
     * separate words, as the tokenizer splits them.
     */
    static String[] normalize(String rawKey) {
        String key = rawKey.strip();
        if (languageOf(key) != LexiconEntry.SYMBOLS) {
            key = key.replace('-', ' ').replace('/', ' ');
        }
        String[] parts = key.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = LowerCaseFoldingFilter.fold(parts[i]);
        }
        return parts;
    }
}
