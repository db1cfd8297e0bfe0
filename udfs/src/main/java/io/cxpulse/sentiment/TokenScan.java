package io.cxpulse.sentiment;

import java.util.List;

/**
 * Per-call state of {@link SentimentRules} over one token list: the language pack and modifier of
 * each token, contrast factors, which tokens were already used, and the last matched valence.
 */
final class TokenScan {

    private final List<AnalyzedToken> tokens;
    private final LanguagePack english;
    private final LanguagePack hebrew;
    private final Modifier[] modifiers;
    private final boolean[] sentiment;
    private final boolean[] boosterUsed;
    private final double[] contrast;
    private final int maxPhraseWords;
    private final StringBuilder scratch = new StringBuilder(32);
    private double matchedValence;

    /** @param english the English pack, or null to skip English words; same for hebrew */
    TokenScan(List<AnalyzedToken> tokens, LanguagePack english, LanguagePack hebrew) {
        this.tokens = tokens;
        this.english = english;
        this.hebrew = hebrew;
        int n = tokens.size();
        this.modifiers = new Modifier[n];
        this.sentiment = new boolean[n];
        this.boosterUsed = new boolean[n];
        for (int i = 0; i < n; i++) {
            LanguagePack pack = packOf(tokens.get(i).term());
            modifiers[i] = pack == null ? null : pack.modifiers().get(tokens.get(i).term());
        }
        this.contrast = ContrastWeights.of(tokens, modifiers);
        this.maxPhraseWords = Math.max(phraseWords(english), phraseWords(hebrew));
    }

    /**
     * Finds the longest sentiment entry starting at token i: a phrase within one clause, or else a
     * single word that is not a modifier. Its valence is then available from matchedValence.
     *
     * @return how many tokens the entry spans, 0 when none
     */
    int matchAt(int i, SentimentLexicon symbols) {
        for (int words = Math.min(maxPhraseWords, tokens.size() - i); words > 1; words--) {
            if (phraseKey(i, words) && (lookup(english) || lookup(hebrew))) {
                return words;
            }
        }
        String term = tokens.get(i).term();
        if (modifiers[i] != null) {
            return 0;
        }
        LanguagePack pack = packOf(term);
        matchedValence = pack != null
                ? pack.sentimentOf(term, scratch)
                : isLetterScript(term) ? Double.NaN : symbols.score(term);
        return Double.isNaN(matchedValence) ? 0 : 1;
    }

    double matchedValence() {
        return matchedValence;
    }

    ModifierRole roleAt(int i) {
        return modifiers[i] == null ? null : modifiers[i].role();
    }

    double contrastFactor(int i) {
        return contrast[i];
    }

    /**
     * Multiplies the boosters and applies negation found up to NEGATION_WINDOW tokens before token
     * i, stopping at punctuation, a contrast word or an earlier sentiment word.
     */
    double modifiersBefore(int i, boolean allowNegation) {
        double factor = 1.0;
        boolean negated = false;
        for (int j = i - 1; j >= 0 && j >= i - SentimentRules.NEGATION_WINDOW; j--) {
            if (tokens.get(j + 1).clauseBreakBefore() || sentiment[j]) {
                break;
            }
            Modifier modifier = modifiers[j];
            if (modifier == null) {
                continue;
            }
            if (modifier.role() == ModifierRole.CONTRAST) {
                break;
            }
            if (modifier.role() == ModifierRole.NEGATOR) {
                negated = true;
            } else if (!boosterUsed[j]) {
                factor *= modifier.factor();
            }
        }
        return negated && allowNegation ? factor * SentimentRules.NEGATION_FACTOR : factor;
    }

    /** A booster that may follow its word ("טוב מאוד") scales the word right before it. */
    double boosterAfter(int next) {
        if (next >= tokens.size() || tokens.get(next).clauseBreakBefore()) {
            return 1.0;
        }
        Modifier modifier = modifiers[next];
        if (modifier == null || modifier.role() != ModifierRole.BOOSTER_EITHER_SIDE) {
            return 1.0;
        }
        boosterUsed[next] = true;
        return modifier.factor();
    }

    void markSentiment(int from, int words) {
        for (int k = from; k < from + words; k++) {
            sentiment[k] = true;
        }
    }

    private boolean phraseKey(int i, int words) {
        scratch.setLength(0);
        for (int k = i; k < i + words; k++) {
            if (k > i) {
                if (tokens.get(k).clauseBreakBefore()) {
                    return false;
                }
                scratch.append(' ');
            }
            scratch.append(tokens.get(k).term());
        }
        return true;
    }

    private boolean lookup(LanguagePack pack) {
        if (pack == null) {
            return false;
        }
        matchedValence = pack.lexicon().score(scratch);
        return !Double.isNaN(matchedValence);
    }

    private LanguagePack packOf(String term) {
        char first = term.charAt(0);
        if (ScriptDetector.isHebrewLetter(first)) {
            return hebrew;
        }
        return ScriptDetector.isLatinLetter(first) ? english : null;
    }

    private static boolean isLetterScript(String term) {
        char first = term.charAt(0);
        return ScriptDetector.isHebrewLetter(first) || ScriptDetector.isLatinLetter(first);
    }

    private static int phraseWords(LanguagePack pack) {
        return pack == null ? 1 : pack.lexicon().maxPhraseWords();
    }
}
