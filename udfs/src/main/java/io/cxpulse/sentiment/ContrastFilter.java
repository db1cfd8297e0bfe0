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

    /** First chars of the concessive words: most terms are ruled out without a lookup. */
    private static final String CONCESSIVE_STARTS = firstChars(CONCESSIVE);

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
        if (isConcessive(termAtt.buffer(), termAtt.length())) {
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

    private static boolean isConcessive(char[] term, int length) {
        return length > 0 && CONCESSIVE_STARTS.indexOf(term[0]) >= 0
                && CONCESSIVE_WORDS.contains(term, 0, length);
    }

    private static String firstChars(List<String> words) {
        StringBuilder starts = new StringBuilder();
        for (String word : words) {
            if (starts.indexOf(word.substring(0, 1)) < 0) {
                starts.append(word.charAt(0));
            }
        }
        return starts.toString();
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
