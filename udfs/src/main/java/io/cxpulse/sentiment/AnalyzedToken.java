package io.cxpulse.sentiment;

/**
 * One analyzed term with its place in the original text.
 *
 * @param term the normalized lookup form
 * @param start offset of the first char of the word as written
 * @param end offset after the last char of the word as written
 * @param clauseBreakBefore punctuation (such as a comma or full stop) separates it from the
 *     previous token
 * @param sentenceBreakBefore sentence-ending punctuation or a line break separates it from the
 *     previous token
 */
record AnalyzedToken(
        String term, int start, int end, boolean clauseBreakBefore, boolean sentenceBreakBefore) {}
