package io.cxpulse.sentiment;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks contrast within a sentence. A contrast word ("but", "however", "אבל", "אך") is marked
 * {@link SentimentCueAttribute#CONTRAST} and the tokens after it
 * {@link SentimentCueAttribute#AFTER_CONTRAST}; the scorer also weakens what came before it. A
 * concessive word ("although", "though", "despite", "למרות", "אמנם") marks the rest of its clause
 * {@link SentimentCueAttribute#CONCESSION}, and when it opens the sentence, the clauses after it
 * {@link SentimentCueAttribute#AFTER_CONTRAST}: "Although pricey, it works great".
 */
public final class ContrastFilter extends TokenFilter {

    /** Words that concede the clause they open. */
    static final List<String> CONCESSIVE = List.of("although", "though", "despite", "למרות", "אמנם");

    private static final CharArraySet CONCESSIVE_WORDS =
            CharArraySet.unmodifiableSet(new CharArraySet(CONCESSIVE, false));

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private boolean sentenceStart = true;
    private boolean afterContrast;
    private boolean inConcession;
    private boolean concessionOpenedSentence;

    public ContrastFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int flags = cueAtt.flags();
        if ((flags & SentimentCueAttribute.SENTENCE_BREAK_BEFORE) != 0) {
            sentenceStart = true;
            afterContrast = false;
            inConcession = false;
        } else if ((flags & SentimentCueAttribute.CLAUSE_BREAK_BEFORE) != 0 && inConcession) {
            inConcession = false;
            afterContrast |= concessionOpenedSentence;
        }
        LexiconEntry entry = cueAtt.entry();
        if (CONCESSIVE_WORDS.contains(termAtt.buffer(), 0, termAtt.length())) {
            inConcession = true;
            concessionOpenedSentence = sentenceStart;
        } else if (entry != null && entry.role == ModifierRole.CONTRAST) {
            cueAtt.addFlags(SentimentCueAttribute.CONTRAST);
            afterContrast = true;
            inConcession = false;
        } else {
            if (afterContrast) {
                flags = SentimentCueAttribute.AFTER_CONTRAST;
                cueAtt.addFlags(flags);
            }
            if (inConcession) {
                cueAtt.addFlags(SentimentCueAttribute.CONCESSION);
            }
        }
        sentenceStart = false;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        sentenceStart = true;
        afterContrast = false;
        inConcession = false;
        concessionOpenedSentence = false;
    }
}
