package io.cxpulse.serde;

/**
 * Blank text as the input contracts define it: every character is whitespace in the sense of
 * ECMAScript's {@code \s}, which is what the JSON Schemas' "not blank" pattern means. That is
 * tab, line feed, vertical tab, form feed, carriage return, space, U+00A0, U+1680,
 * U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF. Java's
 * {@link String#isBlank()} differs: it ignores no-break spaces and U+FEFF, and counts the
 * separators U+001C-U+001F.
 */
public final class Whitespace {
    private Whitespace() {}

    /** Whether the text is empty or every character of it is whitespace. */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character matches ECMAScript's {@code \s}. */
    public static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680',
                    '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
