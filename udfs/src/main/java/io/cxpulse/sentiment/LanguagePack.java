package io.cxpulse.sentiment;

/**
 * The lexicon and modifier words of one language.
 *
 * @param language {@code en} or {@code he}
 * @param lexicon sentiment words and phrases
 * @param modifiers negators, boosters and contrast words
 * @param englishSuffixes whether lookups also try English inflection stems
 */
record LanguagePack(String language, SentimentLexicon lexicon, ModifierWords modifiers,
        boolean englishSuffixes) {

    static LanguagePack english() {
        return new LanguagePack(Language.ENGLISH, SentimentLexicon.load("lexicon-en.tsv"),
                ModifierWords.load("modifiers-en.tsv"), true);
    }

    static LanguagePack hebrew() {
        return new LanguagePack(Language.HEBREW, SentimentLexicon.load("lexicon-he.tsv"),
                ModifierWords.load("modifiers-he.tsv"), false);
    }

    /** @return the score of a single analyzed term, or NaN when it carries no sentiment */
    double sentimentOf(String term, StringBuilder scratch) {
        return englishSuffixes
                ? EnglishSuffixLookup.score(lexicon, term, scratch)
                : lexicon.score(term);
    }
}
