package io.cxpulse.sentiment;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * One thread's cache of the strings of the terms it reported: customer texts repeat the same
 * words, so most terms are found here instead of being copied out of the text again. Cleared when
 * it holds {@link #MAX_ENTRIES}.
 */
final class TermStrings {

    static final int MAX_ENTRIES = 8192;
    static final int MAX_CACHED_LENGTH = 48;

    private final CharArrayMap<String> strings = new CharArrayMap<>(1024, false);
    /** The chars of the term being looked up; only a term's chars are copied, not the text's. */
    private final char[] term = new char[MAX_CACHED_LENGTH];

    /** @return the text between start and end, as a cached string when possible */
    String substring(String source, int start, int end) {
        int length = end - start;
        if (length > MAX_CACHED_LENGTH) {
            return source.substring(start, end);
        }
        source.getChars(start, end, term, 0);
        String cached = strings.get(term, 0, length);
        if (cached != null) {
            return cached;
        }
        if (strings.size() >= MAX_ENTRIES) {
            strings.clear();
        }
        String fresh = source.substring(start, end);
        strings.put(fresh, fresh);
        return fresh;
    }
}
