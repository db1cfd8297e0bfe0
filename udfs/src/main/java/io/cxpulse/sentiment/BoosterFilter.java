package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Marks boosters and dampeners ({@link SentimentCueAttribute#BOOSTER}) and gives each token the
 * sum of the increments of the boosters among the three tokens before it, scaled by distance as
 * VADER does (1, 0.95, 0.9), in {@link SentimentCueAttribute#boost()}. Clause punctuation ends
 * their reach. A booster that may follow its word ("טוב מאוד") and directly follows a sentiment
 * word is marked {@link SentimentCueAttribute#BOOSTS_PREVIOUS} and boosts that word instead.
 */
public final class BoosterFilter extends TokenFilter {

    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private float previous1;
    private float previous2;
    private float previous3;
    private boolean previousIsOpinion;

    public BoosterFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (cueAtt.has(SentimentCueAttribute.CLAUSE_BREAK_BEFORE)) {
            previous1 = previous2 = previous3 = 0f;
            previousIsOpinion = false;
        }
        LexiconEntry entry = cueAtt.entry();
        float own = 0f;
        if (entry != null && entry.role != null && entry.role.boosts()) {
            if (entry.role == ModifierRole.BOOSTER_EITHER_SIDE && previousIsOpinion) {
                cueAtt.addFlags(SentimentCueAttribute.BOOSTER
                        | SentimentCueAttribute.BOOSTS_PREVIOUS);
            } else {
                cueAtt.addFlags(SentimentCueAttribute.BOOSTER);
                own = (float) SentimentRules.boosterIncrement(entry.factor);
            }
        }
        float boost = previous1 + previous2 * 0.95f + previous3 * 0.9f;
        if (boost != 0f) {
            cueAtt.setBoost(boost);
        }
        previous3 = previous2;
        previous2 = previous1;
        previous1 = own;
        previousIsOpinion = entry != null && entry.isOpinion();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous1 = previous2 = previous3 = 0f;
        previousIsOpinion = false;
    }
}
