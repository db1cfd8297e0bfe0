package io.cxpulse.sentiment;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.util.ArrayUtil;

/**
 * One thread's cache of the strings of the terms it reported: customer texts repeat the same
 * words, so most terms are found here instead of being copied out of the text again. Cleared when
 * it holds {@link #MAX_ENTRIES}.
 */
final class TermStrings {

    static final int MAX_ENTRIES = 8192;
    static final int MAX_CACHED_LENGTH = 48;

    private final CharArrayMap<String> strings = new CharArrayMap<>(1024, false);
    private char[] text = new char[256];

    /** Takes the chars of the text the next calls cut from. */
    void load(String source) {
        if (source.length() > text.length) {
            text = new char[ArrayUtil.oversize(source.length(), Character.BYTES)];
        }
        source.getChars(0, source.length(), text, 0);
    }

    /** @return the text between start and end, as a cached string when possible */
    String substring(String source, int start, int end) {
        int length = end - start;
        if (length > MAX_CACHED_LENGTH) {
            return source.substring(start, end);
        }
        String cached = strings.get(text, start, length);
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
