package io.cxpulse.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns analyzed tokens into weighted sentiment terms, VADER style: lexicon lookup (longest phrase
 * first), boosters and dampeners, negation within a few tokens, and contrast around "but".
 * Stateless and thread-safe; all per-call state lives in {@link TokenScan}.
 */
final class SentimentRules {

    /** A negated sentiment word is flipped and damped by this factor. */
    static final double NEGATION_FACTOR = -0.74;

    /** A negator reaches sentiment words at most this many tokens after it. */
    static final int NEGATION_WINDOW = 3;

    static final double BEFORE_CONTRAST_FACTOR = 0.5;
    static final double AFTER_CONTRAST_FACTOR = 1.5;

    private final LanguagePack english;
    private final LanguagePack hebrew;
    private final SentimentLexicon symbols;

    /** @param symbols emoji and other non-letter tokens, used whatever the language */
    SentimentRules(LanguagePack english, LanguagePack hebrew, SentimentLexicon symbols) {
        this.english = english;
        this.hebrew = hebrew;
        this.symbols = symbols;
    }

    /**
     * @param text the text the tokens came from
     * @param useEnglish whether English words are looked up
     * @param useHebrew whether Hebrew words are looked up
     * @return weighted terms in text order
     */
    List<SentimentTerm> apply(
            String text, List<AnalyzedToken> tokens, boolean useEnglish, boolean useHebrew) {
        TokenScan scan =
                new TokenScan(tokens, useEnglish ? english : null, useHebrew ? hebrew : null);
        List<SentimentTerm> terms = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int words = scan.matchAt(i, symbols);
            if (words == 0) {
                i++;
                continue;
            }
            boolean negatorLed = words > 1 && scan.roleAt(i) == ModifierRole.NEGATOR;
            double weight = scan.matchedValence()
                    * scan.contrastFactor(i)
                    * scan.modifiersBefore(i, !negatorLed)
                    * scan.boosterAfter(i + words);
            scan.markSentiment(i, words);
            int start = tokens.get(i).start();
            int end = tokens.get(i + words - 1).end();
            terms.add(new SentimentTerm(text.substring(start, end), weight, start, end));
            i += words;
        }
        return terms;
    }

    /** Squashes a sum of weights into -1..1 as VADER does: s / sqrt(s² + 15). */
    static double normalize(double sum) {
        if (!Double.isFinite(sum)) {
            return 0.0;
        }
        double score = sum / Math.sqrt(sum * sum + 15.0);
        return Math.max(-1.0, Math.min(1.0, score));
    }
}
