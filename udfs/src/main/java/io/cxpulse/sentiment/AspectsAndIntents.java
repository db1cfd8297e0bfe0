package io.cxpulse.sentiment;

import java.util.Arrays;

/**
 * Finds the aspects and intents a text names, after {@link SentimentRules} has found its terms.
 * An aspect's score comes from the sentiment terms near each mention: in the same clause, or
 * within three tokens without a sentence break or contrast word between; each term counts once
 * per aspect, with negation and boosters but before contrast weighting, normalized like the
 * overall score. A negated intent ("I'm not cancelling") does not count.
 */
final class AspectsAndIntents {

    static final int NEAR_TOKENS = 3;

    private static final AspectSentiment[] NO_ASPECTS = new AspectSentiment[0];
    private static final String[] NO_INTENTS = new String[0];

    private final int[] mentions = new int[Aspects.COUNT];
    private final double[] sums = new double[Aspects.COUNT];
    private final int[] order = new int[Aspects.COUNT];
    private final String[] intents = new String[Aspects.INTENTS.size()];
    private final int[] intentFirst = new int[Aspects.INTENTS.size()];
    private final int[] intentLast = new int[Aspects.INTENTS.size()];
    private int[] termAspects = new int[16];
    private int aspectCount;
    private int intentCount;

    void collect(TokenBuffer b, int languages) {
        Arrays.fill(mentions, 0);
        Arrays.fill(sums, 0.0);
        aspectCount = 0;
        intentCount = 0;
        if (termAspects.length < b.termCount) {
            termAspects = new int[b.termCount];
        }
        Arrays.fill(termAspects, 0, b.termCount, 0);
        int i = 0;
        while (i < b.size) {
            LexiconEntry entry = b.entry[i];
            if (entry == null) {
                i++;
                continue;
            }
            LexiconEntry tag = null;
            int words = 1;
            if (entry.tagPhraseWords > 1) {
                tag = SentimentRules.matchPhrase(b, i, entry.tagPhraseWords, false, languages);
                words = tag == null ? 1 : b.matchedWords;
            }
            if (tag == null && (entry.aspect >= 0 || entry.intent != null)
                    && entry.allowedBy(languages)) {
                tag = entry;
            }
            if (tag != null) {
                if (tag.aspect >= 0) {
                    mention(b, tag.aspect, i, i + words - 1);
                }
                if (tag.intent != null && !negated(b, i, languages)) {
                    intent(tag.intent, i, i + words - 1);
                }
            }
            i += words;
        }
    }

    AspectSentiment[] aspects() {
        if (aspectCount == 0) {
            return NO_ASPECTS;
        }
        AspectSentiment[] out = new AspectSentiment[aspectCount];
        for (int k = 0; k < aspectCount; k++) {
            int a = order[k];
            out[k] = new AspectSentiment(
                    Aspects.NAMES.get(a), SentimentRules.normalize(sums[a]), mentions[a]);
        }
        return out;
    }

    String[] intents() {
        return intentCount == 0 ? NO_INTENTS : Arrays.copyOf(intents, intentCount);
    }

    private void mention(TokenBuffer b, int aspect, int first, int last) {
        if (mentions[aspect]++ == 0) {
            order[aspectCount++] = aspect;
        }
        int bit = 1 << aspect;
        for (int t = 0; t < b.termCount; t++) {
            if ((termAspects[t] & bit) == 0 && near(b, b.termFirst[t], b.termLast[t], first, last)) {
                termAspects[t] |= bit;
                sums[aspect] += b.termBase[t];
            }
        }
    }

    private static boolean near(TokenBuffer b, int termFirst, int termLast, int first, int last) {
        if (b.clause[termFirst] == b.clause[first] || b.clause[termLast] == b.clause[last]) {
            return true;
        }
        int distance = termFirst > last ? termFirst - last : first - termLast;
        return distance <= NEAR_TOKENS
                && b.segment[termFirst] == b.segment[first]
                && b.segment[termLast] == b.segment[last];
    }

    private static boolean negated(TokenBuffer b, int i, int languages) {
        int distance = b.negation[i];
        return distance > 0 && !b.consumed[i - distance]
                && (b.entry[i - distance] == null || b.entry[i - distance].allowedBy(languages));
    }

    private void intent(String intent, int first, int last) {
        for (int k = 0; k < intentCount; k++) {
            if (intents[k].equals(intent)) {
                return;
            }
        }
        intentFirst[intentCount] = first;
        intentLast[intentCount] = last;
        intents[intentCount++] = intent;
    }

    /**
     * A customer who threatens to leave or to go to a lawyer or regulator is unhappy whatever
     * words they use: the first churn and escalation mention each become a negative term, unless
     * its words already count as a sentiment term. Refund requests add nothing.
     *
     * @return the sum of the weights added
     */
    double addIntentTerms(TokenBuffer b) {
        double added = 0.0;
        for (int k = 0; k < intentCount; k++) {
            double weight = valence(intents[k]);
            if (weight != 0.0 && !b.consumed[intentFirst[k]]) {
                b.addTerm(intentFirst[k], intentLast[k], weight, weight);
                added += weight;
            }
        }
        return added;
    }

    static double valence(String intent) {
        return switch (intent) {
            case Sentiment.ESCALATION -> -2.0;
            case Sentiment.CHURN -> -1.5;
            default -> 0.0;
        };
    }
}
