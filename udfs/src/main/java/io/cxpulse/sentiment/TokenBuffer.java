package io.cxpulse.sentiment;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The analyzed tokens of one text in parallel primitive arrays, and the terms the rules found.
 * One instance per thread, reused from text to text: nothing is allocated per token once the
 * arrays have grown to the longest text seen.
 */
final class TokenBuffer {

    final Vocabulary vocabulary;
    private final PhrasePairs pairs;

    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    int[] flags = new int[64];
    int[] negation = new int[64];
    float[] boost = new float[64];
    LexiconEntry[] entry = new LexiconEntry[64];
    int[] termOffset = new int[64];
    int[] termLength = new int[64];
    /** Clause number: changes at clause punctuation and at contrast words. */
    int[] clause = new int[64];
    /** Segment number: changes at sentence breaks and at contrast words. */
    int[] segment = new int[64];
    boolean[] consumed = new boolean[64];
    /** A negator that already negated an expectation or an opinion. */
    boolean[] negatorSpent = new boolean[64];
    char[] chars = new char[512];
    int charsUsed;

    int termCount;
    int[] termFirst = new int[16];
    int[] termLast = new int[16];
    /** Weight with every rule applied. */
    double[] termWeight = new double[16];
    /** Weight before contrast: what an aspect near the term hears. */
    double[] termBase = new double[16];

    char[] key = new char[64];
    int matchedWords;

    TokenBuffer(Vocabulary vocabulary, PhrasePairs pairs) {
        this.vocabulary = vocabulary;
        this.pairs = pairs;
    }

    void clear() {
        size = 0;
        charsUsed = 0;
        termCount = 0;
    }

    void add(CharTermAttribute termAtt, OffsetAttribute offsetAtt, SentimentCueAttribute cueAtt,
            int textLength) {
        int length = termAtt.length();
        if (length == 0) {
            return;
        }
        int previousEnd = size == 0 ? 0 : end[size - 1];
        int from = Math.max(offsetAtt.startOffset(), previousEnd);
        int to = Math.min(Math.max(offsetAtt.endOffset(), from), textLength);
        if (from >= to) {
            return;
        }
        if (size == start.length) {
            grow();
        }
        int i = size++;
        int f = cueAtt.flags();
        start[i] = from;
        end[i] = to;
        flags[i] = f;
        negation[i] = cueAtt.negationDistance();
        boost[i] = cueAtt.boost();
        entry[i] = cueAtt.entry();
        consumed[i] = false;
        negatorSpent[i] = false;
        if (i == 0) {
            clause[i] = 0;
            segment[i] = 0;
        } else {
            boolean contrast = (f & SentimentCueAttribute.CONTRAST) != 0;
            clause[i] = clause[i - 1]
                    + ((f & SentimentCueAttribute.CLAUSE_BREAK_BEFORE) != 0 || contrast ? 1 : 0);
            segment[i] = segment[i - 1]
                    + ((f & SentimentCueAttribute.SENTENCE_BREAK_BEFORE) != 0 || contrast ? 1 : 0);
        }
        if (charsUsed + length > chars.length) {
            chars = ArrayUtil.grow(chars, charsUsed + length);
        }
        System.arraycopy(termAtt.buffer(), 0, chars, charsUsed, length);
        termOffset[i] = charsUsed;
        termLength[i] = length;
        charsUsed += length;
    }

    /**
     * Joins the terms of tokens from..from+words-1 with single spaces into {@link #key}.
     *
     * @return the key length
     */
    int phraseKey(int from, int words) {
        int needed = 0;
        for (int k = from; k < from + words; k++) {
            needed += termLength[k] + 1;
        }
        if (needed > key.length) {
            key = ArrayUtil.grow(key, needed);
        }
        int n = 0;
        for (int k = from; k < from + words; k++) {
            if (k > from) {
                key[n++] = ' ';
            }
            System.arraycopy(chars, termOffset[k], key, n, termLength[k]);
            n += termLength[k];
        }
        return n;
    }

    /**
     * How many tokens from i on may form a phrase, at most max: they stay within one clause, each
     * is a lexicon word (every word of a phrase is one, so a token without an entry ends every
     * phrase that would include it) and each may follow the one before it in some phrase.
     */
    int wordsInClause(int i, int max) {
        int limit = Math.min(max, size - i);
        for (int k = 1; k < limit; k++) {
            if ((flags[i + k] & SentimentCueAttribute.CLAUSE_BREAK_BEFORE) != 0
                    || entry[i + k] == null || !pairs.mayFollow(entry[i + k - 1], entry[i + k])) {
                return k;
            }
        }
        return limit;
    }

    void addTerm(int first, int last, double weight, double base) {
        if (termCount == termFirst.length) {
            int n = ArrayUtil.oversize(termCount + 1, Integer.BYTES);
            termFirst = ArrayUtil.growExact(termFirst, n);
            termLast = ArrayUtil.growExact(termLast, n);
            termWeight = ArrayUtil.growExact(termWeight, n);
            termBase = ArrayUtil.growExact(termBase, n);
        }
        termFirst[termCount] = first;
        termLast[termCount] = last;
        termWeight[termCount] = weight;
        termBase[termCount] = base;
        termCount++;
        markConsumed(first, last);
    }

    /** Tokens first..last belong to a matched phrase and count no more on their own. */
    void markConsumed(int first, int last) {
        for (int k = first; k <= last; k++) {
            consumed[k] = true;
        }
    }

    private void grow() {
        int n = ArrayUtil.oversize(size + 1, Integer.BYTES);
        start = ArrayUtil.growExact(start, n);
        end = ArrayUtil.growExact(end, n);
        flags = ArrayUtil.growExact(flags, n);
        negation = ArrayUtil.growExact(negation, n);
        boost = ArrayUtil.growExact(boost, n);
        LexiconEntry[] entries = new LexiconEntry[n];
        System.arraycopy(entry, 0, entries, 0, size);
        entry = entries;
        termOffset = ArrayUtil.growExact(termOffset, n);
        termLength = ArrayUtil.growExact(termLength, n);
        clause = ArrayUtil.growExact(clause, n);
        segment = ArrayUtil.growExact(segment, n);
        boolean[] used = new boolean[n];
        System.arraycopy(consumed, 0, used, 0, size);
        consumed = used;
        boolean[] spent = new boolean[n];
        System.arraycopy(negatorSpent, 0, spent, 0, size);
        negatorSpent = spent;
    }
}
