package io.cxpulse.sentiment;

/**
 * Looks an English word up as written, then without a common inflection: plural -s/-es/-ies,
 * past -ed/-d/-ied, -ing (also restoring a dropped e or undoing a doubled consonant) and adverb
 * -ly/-ily/-bly. A light stemmer for lookup only; it never yields a stem shorter than three chars.
 */
final class EnglishSuffixLookup {

    private static final int MIN_STEM = 3;

    private EnglishSuffixLookup() {}

    /**
     * @param scratch reused buffer for candidate stems
     * @return the score of the word or its stem, or NaN when neither is listed
     */
    static double score(SentimentLexicon lexicon, String word, StringBuilder scratch) {
        double score = lexicon.score(word);
        if (!Double.isNaN(score) || word.length() <= MIN_STEM) {
            return score;
        }
        int length = word.length();
        if (word.endsWith("s") && !word.endsWith("ss")) {
            if (word.endsWith("ies")) {
                score = attempt(lexicon, word, length - 3, "y", scratch);
            }
            score = orElse(score, lexicon, word, length - 1, "", scratch);
            if (word.endsWith("es")) {
                score = orElse(score, lexicon, word, length - 2, "", scratch);
            }
        } else if (word.endsWith("ed")) {
            if (word.endsWith("ied")) {
                score = attempt(lexicon, word, length - 3, "y", scratch);
            }
            score = orElse(score, lexicon, word, length - 2, "", scratch);
            score = orElse(score, lexicon, word, length - 1, "", scratch);
            score = orElseUndoubled(score, lexicon, word, length - 2, scratch);
        } else if (word.endsWith("ing")) {
            score = attempt(lexicon, word, length - 3, "", scratch);
            score = orElse(score, lexicon, word, length - 3, "e", scratch);
            score = orElseUndoubled(score, lexicon, word, length - 3, scratch);
        } else if (word.endsWith("ly")) {
            if (word.endsWith("ily")) {
                score = attempt(lexicon, word, length - 3, "y", scratch);
            } else if (word.endsWith("bly")) {
                score = attempt(lexicon, word, length - 1, "e", scratch);
            }
            score = orElse(score, lexicon, word, length - 2, "", scratch);
        }
        return score;
    }

    private static double orElse(double found, SentimentLexicon lexicon, String word, int keep,
            String suffix, StringBuilder scratch) {
        return Double.isNaN(found) ? attempt(lexicon, word, keep, suffix, scratch) : found;
    }

    private static double orElseUndoubled(double found, SentimentLexicon lexicon, String word,
            int keep, StringBuilder scratch) {
        if (!Double.isNaN(found) || keep < MIN_STEM + 1
                || word.charAt(keep - 1) != word.charAt(keep - 2)) {
            return found;
        }
        return attempt(lexicon, word, keep - 1, "", scratch);
    }

    private static double attempt(SentimentLexicon lexicon, String word, int keep, String suffix,
            StringBuilder scratch) {
        if (keep < MIN_STEM) {
            return Double.NaN;
        }
        scratch.setLength(0);
        scratch.append(word, 0, keep).append(suffix);
        return lexicon.score(scratch);
    }
}
