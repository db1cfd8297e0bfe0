package io.cxpulse.sentiment;

import java.util.Arrays;
import java.util.List;

/**
 * Per-token weights from contrast words ("but", "אבל"): within a sentence, tokens before the first
 * contrast word count less and tokens after it count more. A sentence that opens with a contrast
 * word contrasts with the sentence before it.
 */
final class ContrastWeights {

    private ContrastWeights() {}

    static double[] of(List<AnalyzedToken> tokens, Modifier[] modifiers) {
        int n = tokens.size();
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        int sentenceStart = 0;
        int previousSentenceStart = 0;
        boolean afterContrast = false;
        for (int i = 0; i < n; i++) {
            if (i > 0 && tokens.get(i).sentenceBreakBefore()) {
                previousSentenceStart = sentenceStart;
                sentenceStart = i;
                afterContrast = false;
            }
            if (afterContrast) {
                weights[i] = SentimentRules.AFTER_CONTRAST_FACTOR;
            } else if (modifiers[i] != null && modifiers[i].role() == ModifierRole.CONTRAST) {
                int from = i == sentenceStart ? previousSentenceStart : sentenceStart;
                Arrays.fill(weights, from, i, SentimentRules.BEFORE_CONTRAST_FACTOR);
                afterContrast = true;
            }
        }
        return weights;
    }
}
