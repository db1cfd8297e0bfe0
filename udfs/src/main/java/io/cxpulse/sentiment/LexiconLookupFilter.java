package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Looks the analyzed term up, without making a String, and sets its {@link LexiconEntry} on the
 * {@link SentimentCueAttribute} (null for an unknown word). The filters after it read the entry
 * instead of looking the word up again.
 */
public final class LexiconLookupFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private final CharArrayMap<LexiconEntry> words;

    /** @param words lookup forms and their entries; read-only, shared */
    public LexiconLookupFilter(TokenStream input, CharArrayMap<LexiconEntry> words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        cueAtt.setEntry(length == 0 ? null : words.get(termAtt.buffer(), 0, length));
        return true;
    }
}
