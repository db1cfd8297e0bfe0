package io.cxpulse.sentiment;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Words and short phrases with a sentiment score on the lexicon scale (-4..+4). Phrases are
 * stored with their words joined by one space. Immutable after loading, safe to share.
 */
final class SentimentLexicon {

    static final double MIN_SCORE = -4.0;
    static final double MAX_SCORE = 4.0;

    private final CharArrayMap<Double> scores;
    private final int maxPhraseWords;

    private SentimentLexicon(CharArrayMap<Double> scores, int maxPhraseWords) {
        this.scores = CharArrayMap.unmodifiableMap(scores);
        this.maxPhraseWords = maxPhraseWords;
    }

    /** Loads {@code word<TAB>score} rows from a resource next to this class. */
    static SentimentLexicon load(String resourceName) {
        CharArrayMap<Double> scores = new CharArrayMap<>(512, false);
        int maxWords = 1;
        for (String[] row : TabSeparatedResource.read(resourceName)) {
            double score = TabSeparatedResource.parseNumber(row, 1, resourceName);
            if (score < MIN_SCORE || score > MAX_SCORE) {
                throw new IllegalStateException("score out of range for '" + row[0] + "'");
            }
            scores.put(row[0], Double.valueOf(score));
            maxWords = Math.max(maxWords, wordCount(row[0]));
        }
        return new SentimentLexicon(scores, maxWords);
    }

    /** @return the score, or NaN when the term is not listed */
    double score(CharSequence term) {
        Double score = scores.get(term);
        return score == null ? Double.NaN : score.doubleValue();
    }

    int maxPhraseWords() {
        return maxPhraseWords;
    }

    /** Adds every single word of every entry, phrases split on spaces. */
    void addWordsTo(CharArraySet words) {
        for (Object key : scores.keySet()) {
            String entry = key instanceof char[] chars ? new String(chars) : key.toString();
            for (String word : entry.split(" ")) {
                words.add(word);
            }
        }
    }

    private static int wordCount(String key) {
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }
}
