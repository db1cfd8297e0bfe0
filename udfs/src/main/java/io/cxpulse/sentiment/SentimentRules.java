package io.cxpulse.sentiment;

/**
 * Turns analyzed tokens into weighted sentiment terms by the rules of VADER (Hutto and Gilbert,
 * 2014): lexicon valence, longest phrase first; a booster adds 0.293 (scaled by its factor and by
 * distance) to the magnitude, a dampener takes it away; a word in capitals among other words adds
 * 0.733; a negator within three tokens flips and damps by -0.74; before a contrast word a term
 * counts half, after it one and a half. On the sum: up to three exclamation marks add 0.292 each
 * to its magnitude, a text of questions only counts half, and s / sqrt(s² + 15) squashes it into
 * -1..1. Beyond VADER: a negated expectation ("doesn't work", "stopped charging") weighs its
 * unmet valence, a phrase of valence 0 ("toll free") hides the words in it, and an irony marker
 * ("🙄") flips the praise of its text as a negator would. Stateless;
 * per-call state lives in a {@link TokenBuffer}.
 */
final class SentimentRules {

    static final double NEGATION_FACTOR = -0.74;
    static final int NEGATION_WINDOW = 3;
    static final double BOOSTER_INCREMENT = 0.293;
    /** The booster factor step that corresponds to one {@link #BOOSTER_INCREMENT}. */
    static final double BOOSTER_FACTOR_STEP = 0.3;
    static final double CAPS_INCREMENT = 0.733;
    static final double ELONGATION_INCREMENT = 0.293;
    static final double BEFORE_CONTRAST_FACTOR = 0.5;
    static final double AFTER_CONTRAST_FACTOR = 1.5;
    static final double CONCESSION_FACTOR = 0.5;
    static final double EXCLAMATION_INCREMENT = 0.292;
    static final int MAX_EXCLAMATIONS = 3;
    static final double QUESTION_ONLY_FACTOR = 0.5;
    static final double NORMALIZATION_ALPHA = 15.0;

    private SentimentRules() {}

    /** A booster factor as a VADER increment: 1.3 adds 0.293, 0.7 takes 0.293 away. */
    static double boosterIncrement(double factor) {
        return BOOSTER_INCREMENT * (factor - 1.0) / BOOSTER_FACTOR_STEP;
    }

    /**
     * Finds the sentiment terms of the buffer and weighs them.
     *
     * @param languages the {@link LexiconEntry} language bits that may count
     * @return the sum of weights with the text-level rules applied, not yet normalized
     */
    static double apply(TokenBuffer b, int languages) {
        int n = b.size;
        int caps = 0;
        int cased = 0;
        for (int i = 0; i < n; i++) {
            int f = b.flags[i];
            caps += (f & SentimentCueAttribute.CAPS) != 0 ? 1 : 0;
            cased += (f & SentimentCueAttribute.CASED) != 0 ? 1 : 0;
        }
        boolean capsCount = caps > 0 && caps < cased;
        int sentenceStart = 0;
        int sentenceFirstTerm = 0;
        int previousSentenceFirstTerm = 0;
        boolean contrastSeen = false;
        int exclamations = 0;
        boolean irony = false;
        int questions = 0;
        int statements = 0;
        for (int i = 0; i < n; i++) {
            int f = b.flags[i];
            if (i > 0 && (f & SentimentCueAttribute.SENTENCE_BREAK_BEFORE) != 0) {
                previousSentenceFirstTerm = sentenceFirstTerm;
                sentenceFirstTerm = b.termCount;
                sentenceStart = i;
                contrastSeen = false;
            }
            exclamations += (f & SentimentCueAttribute.EXCLAMATIONS_MASK)
                    >>> SentimentCueAttribute.EXCLAMATIONS_SHIFT;
            if ((f & SentimentCueAttribute.CONTRAST) != 0 && !contrastSeen) {
                int from = i == sentenceStart ? previousSentenceFirstTerm : sentenceFirstTerm;
                for (int t = from; t < b.termCount; t++) {
                    b.termWeight[t] *= BEFORE_CONTRAST_FACTOR;
                }
                contrastSeen = true;
            }
            if (!b.consumed[i]) {
                weigh(b, i, languages, capsCount);
            }
            irony |= b.entry[i] != null && b.entry[i].role == ModifierRole.IRONY
                    && b.entry[i].allowedBy(languages);
            boolean sentenceEnds = i == n - 1
                    || (b.flags[i + 1] & SentimentCueAttribute.SENTENCE_BREAK_BEFORE) != 0;
            if (sentenceEnds && b.termCount > sentenceFirstTerm) {
                if ((f & SentimentCueAttribute.QUESTION_AFTER) != 0) {
                    questions++;
                } else {
                    statements++;
                }
            }
        }
        double sum = 0.0;
        for (int t = 0; t < b.termCount; t++) {
            if (irony && b.termWeight[t] > 0.0) {
                b.termWeight[t] *= NEGATION_FACTOR;
            }
            sum += b.termWeight[t];
        }
        if (questions > 0 && statements == 0) {
            sum *= QUESTION_ONLY_FACTOR;
        }
        if (sum != 0.0 && exclamations > 0) {
            sum += Math.signum(sum) * Math.min(exclamations, MAX_EXCLAMATIONS)
                    * EXCLAMATION_INCREMENT;
        }
        return sum;
    }

    /** Weighs the sentiment word or phrase starting at token i, if there is one. */
    private static void weigh(TokenBuffer b, int i, int languages, boolean capsCount) {
        LexiconEntry entry = b.entry[i];
        if (entry == null) {
            return;
        }
        int words = 0;
        LexiconEntry matched = null;
        if (entry.sentimentPhraseWords > 1) {
            matched = matchPhrase(b, i, entry.sentimentPhraseWords, true, languages);
            words = matched == null ? 0 : b.matchedWords;
        }
        if (matched == null) {
            if (!(entry.isOpinion() || entry.isExpectation()) || !entry.allowedBy(languages)) {
                return;
            }
            matched = entry;
            words = 1;
        }
        int next = i + words;
        int negator = negatorOf(b, i, languages);
        if (matched.isExpectation() && weighUnmetExpectation(b, i, next, matched, negator)
                || !matched.hasValence()) {
            return;
        }
        double valence = matched.valence;
        if (valence == 0.0) {
            b.markConsumed(i, next - 1);
            return;
        }
        int f = b.flags[i];
        double sign = Math.signum(valence);
        double v = valence + sign * b.boost[i];
        if (capsCount && (f & SentimentCueAttribute.CAPS) != 0) {
            v += sign * CAPS_INCREMENT;
        }
        if ((f & SentimentCueAttribute.ELONGATED) != 0) {
            v += sign * ELONGATION_INCREMENT;
        }
        if (next < b.size && (b.flags[next] & SentimentCueAttribute.BOOSTS_PREVIOUS) != 0
                && (b.flags[next] & SentimentCueAttribute.CLAUSE_BREAK_BEFORE) == 0) {
            v += sign * boosterIncrement(b.entry[next].factor);
        }
        boolean negatorPhrase = words > 1 && entry.role == ModifierRole.NEGATOR;
        if (negator >= 0 && !isHalter(b.entry[negator]) && !negatorPhrase) {
            v *= NEGATION_FACTOR;
            b.negatorSpent[negator] = true;
        }
        addTerm(b, i, i, next, v);
    }

    /**
     * A negated expectation ("doesn't work", "no picture", "stopped charging") weighs its unmet
     * valence, as one term from the negator on, whatever sentiment the word has of its own. A
     * negator spends itself on the first expectation or opinion it negates, so "does not show
     * the picture" and "not the best service" count once.
     *
     * @return whether the term was added
     */
    private static boolean weighUnmetExpectation(TokenBuffer b, int i, int next,
            LexiconEntry matched, int negator) {
        if (negator < 0 || b.negatorSpent[negator]) {
            return false;
        }
        b.negatorSpent[negator] = true;
        addTerm(b, negator, i, next, matched.unmetValence);
        return true;
    }

    /** @return the token of the negator or halter whose scope covers token i, or -1 */
    private static int negatorOf(TokenBuffer b, int i, int languages) {
        int distance = b.negation[i];
        if (distance <= 0) {
            return -1;
        }
        int k = i - distance;
        LexiconEntry entry = b.entry[k];
        // A negator inside a matched phrase ("no problem") negates nothing after it; one that
        // counted for an expectation ("doesn't work well") or a halter with a sentiment of its
        // own ("refused to help") still does.
        boolean free = !b.consumed[k] || b.negatorSpent[k] || isHalter(entry);
        return free && (entry == null || entry.allowedBy(languages)) ? k : -1;
    }

    private static boolean isHalter(LexiconEntry entry) {
        return entry != null && entry.role == ModifierRole.HALTER;
    }

    /** Adds the term of tokens first..next-1, weighed by the context of its word at i. */
    private static void addTerm(TokenBuffer b, int first, int i, int next, double v) {
        int f = b.flags[i];
        double base = v;
        if ((f & SentimentCueAttribute.AFTER_CONTRAST) != 0) {
            v *= AFTER_CONTRAST_FACTOR;
        }
        if ((f & SentimentCueAttribute.CONCESSION) != 0) {
            v *= CONCESSION_FACTOR;
        }
        b.addTerm(first, next - 1, v, base);
    }

    /**
     * Finds the longest phrase starting at token i within its clause.
     *
     * @param sentiment true for a phrase with a valence, false for one naming an aspect or intent
     * @return the phrase entry, with its length in {@link TokenBuffer#matchedWords}, or null
     */
    static LexiconEntry matchPhrase(TokenBuffer b, int i, int maxWords, boolean sentiment,
            int languages) {
        for (int words = b.wordsInClause(i, maxWords); words > 1; words--) {
            int keyLength = b.phraseKey(i, words);
            LexiconEntry phrase = b.vocabulary.phrase(b.key, keyLength);
            if (phrase != null && phrase.allowedBy(languages) && (sentiment
                    ? phrase.hasValence() || phrase.isExpectation()
                    : phrase.aspect >= 0 || phrase.intent != null)) {
                b.matchedWords = words;
                return phrase;
            }
        }
        return null;
    }

    /** Squashes a sum of weights into -1..1 as VADER does: s / sqrt(s² + 15). */
    static double normalize(double sum) {
        if (!Double.isFinite(sum)) {
            return 0.0;
        }
        double score = sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA);
        return Math.max(-1.0, Math.min(1.0, score));
    }
}
