package io.cxpulse.sentiment;

/** Tells Hebrew from Latin letters and names the language a text is written in. */
final class ScriptDetector {

    private ScriptDetector() {}

    /** @return {@code he}, {@code en}, {@code mixed} or {@code unknown} */
    static String languageOf(CharSequence text) {
        boolean hebrew = false;
        boolean latin = false;
        for (int i = 0, n = text.length(); i < n && !(hebrew && latin); i++) {
            char c = text.charAt(i);
            if (isHebrewLetter(c)) {
                hebrew = true;
            } else if (isLatinLetter(c)) {
                latin = true;
            }
        }
        if (hebrew) {
            return latin ? Language.MIXED : Language.HEBREW;
        }
        return latin ? Language.ENGLISH : Language.UNKNOWN;
    }

    static boolean isHebrewLetter(char c) {
        return (c >= '\u05D0' && c <= '\u05EA') || (c >= '\uFB1D' && c <= '\uFB4F');
    }

    /** Latin letters: ASCII, Latin-1 and Latin Extended (A, B, Additional). */
    static boolean isLatinLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) {
            return c >= 0xC0 && c != 0xD7 && c != 0xF7;
        }
        return false;
    }
}
