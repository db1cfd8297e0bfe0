package io.cxpulse.sentiment;

/**
 * A word or expression that moved a score.
 *
 * @param term the word as written in the text
 * @param weight its signed contribution after negation and intensity rules, on the lexicon scale
 * @param start character offset of the first char in the original text
 * @param end character offset after the last char in the original text
 */
public record SentimentTerm(String term, double weight, int start, int end) {}
