package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks words written in capitals ({@code GREAT}, at least two capital letters and no lower case)
 * as {@link SentimentCueAttribute#CAPS}. Must run before lower-casing, on tokens whose tokenizer
 * marked them {@link SentimentCueAttribute#CASED}. Whether the emphasis counts
 * is decided on the whole text: VADER only counts it when some words are not in capitals.
 */
public final class CapsEmphasisFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);

    public CapsEmphasisFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword() && cueAtt.has(SentimentCueAttribute.CASED)
                && isCaps(termAtt.buffer(), termAtt.length())) {
            cueAtt.addFlags(SentimentCueAttribute.CAPS | SentimentCueAttribute.CASED);
        }
        return true;
    }

    static boolean isCaps(char[] buffer, int length) {
        int capitals = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            } else if (c >= 'a' && c <= 'z') {
                return false;
            } else if (c >= 0x80) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return capitals >= 2;
    }
}
