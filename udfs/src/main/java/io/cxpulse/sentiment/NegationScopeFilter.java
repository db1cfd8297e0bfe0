package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks negators and halters ({@link SentimentCueAttribute#NEGATOR}) and, on each of the
 * {@link SentimentRules#NEGATION_WINDOW} tokens after one, how far back it is
 * ({@link SentimentCueAttribute#negationDistance()}). The scope ends at clause punctuation and at
 * a contrast word. As in VADER, {@code least} negates unless it follows {@code at} or
 * {@code very} ("least helpful" but not "at least helpful").
 */
public final class NegationScopeFilter extends TokenFilter {

    private static final int NO_SCOPE = Integer.MAX_VALUE;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private int sinceNegator = NO_SCOPE;
    private boolean afterAtOrVery;

    public NegationScopeFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (cueAtt.has(SentimentCueAttribute.CLAUSE_BREAK_BEFORE)) {
            sinceNegator = NO_SCOPE;
            afterAtOrVery = false;
        }
        LexiconEntry entry = cueAtt.entry();
        ModifierRole role = entry == null ? null : entry.role;
        if (role == ModifierRole.CONTRAST) {
            sinceNegator = NO_SCOPE;
        } else if (sinceNegator < SentimentRules.NEGATION_WINDOW) {
            sinceNegator++;
            cueAtt.setNegationDistance(sinceNegator);
        } else {
            sinceNegator = NO_SCOPE;
        }
        char[] term = termAtt.buffer();
        int length = termAtt.length();
        if ((role != null && role.negates()) || (!afterAtOrVery && is(term, length, "least"))) {
            cueAtt.addFlags(SentimentCueAttribute.NEGATOR);
            sinceNegator = 0;
        }
        afterAtOrVery = is(term, length, "at") || is(term, length, "very");
        return true;
    }

    private static boolean is(char[] term, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (term[i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        sinceNegator = NO_SCOPE;
        afterAtOrVery = false;
    }
}
