package io.cxpulse.sentiment;

/**
 * Which two lexicon words stand next to each other in some phrase, as a bit set over the pairs of
 * their {@link LexiconEntry entries}: a phrase lookup is only worth making when each word of the
 * candidate may follow the one before it. False positives only cost a lookup; there are no false
 * negatives, as every word of a phrase is a lexicon word with its own entry. Immutable once built,
 * shared across threads.
 */
final class PhrasePairs {

    private static final int BITS = 1 << 16;

    private final long[] bits = new long[BITS / Long.SIZE];

    PhrasePairs(Vocabulary vocabulary) {
        for (Object key : vocabulary.phrases().keySet()) {
            String[] words = new String((char[]) key).split(" ");
            for (int k = 1; k < words.length; k++) {
                LexiconEntry first = vocabulary.word(words[k - 1]);
                LexiconEntry second = vocabulary.word(words[k]);
                if (first != null && second != null) {
                    int bit = index(first, second);
                    bits[bit >>> 6] |= 1L << bit;
                }
            }
        }
    }

    /** @return false when no phrase has the word of {@code second} right after that of {@code first} */
    boolean mayFollow(LexiconEntry first, LexiconEntry second) {
        int bit = index(first, second);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int index(LexiconEntry first, LexiconEntry second) {
        int h = System.identityHashCode(first) * 0x9E3779B9 + System.identityHashCode(second);
        return (h ^ (h >>> 16)) & (BITS - 1);
    }
}
