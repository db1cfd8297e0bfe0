package io.cxpulse.sentiment;

/**
 * Recognizes a fixed set of ASCII emoticons ({@code :)}, {@code :-(}, {@code ;)}, {@code :D},
 * {@code :P}, {@code :/}, {@code :|}, {@code :'(}, {@code <3}, {@code </3} ...) and writes their
 * canonical form: no nose, one mouth, lower case, so {@code :-)))} is {@code :)}.
 */
final class Emoticons {

    private Emoticons() {}

    static boolean mayStart(char c) {
        return c == ':' || c == ';' || c == '=' || c == '<';
    }

    /**
     * @param canonical receives the canonical form; it must hold at least 3 chars
     * @return how many chars of text the emoticon at pos spans, 0 when there is none; the
     *     canonical length is then {@code canonicalLength(...)}: 2 or 3
     */
    static int match(char[] text, int pos, int limit, char[] canonical) {
        char first = text[pos];
        if (first == '<') {
            if (pos + 1 < limit && text[pos + 1] == '3') {
                return ended(text, pos + 2, limit) ? write(canonical, '<', '3', (char) 0, 2) : 0;
            }
            if (pos + 2 < limit && text[pos + 1] == '/' && text[pos + 2] == '3') {
                return ended(text, pos + 3, limit) ? write(canonical, '<', '/', '3', 3) : 0;
            }
            return 0;
        }
        if (pos > 0 && Character.isLetterOrDigit(text[pos - 1]) && first != ':') {
            return 0;
        }
        int i = pos + 1;
        boolean tear = false;
        if (i < limit && first == ':' && (text[i] == '\'' || text[i] == '’')) {
            tear = true;
            i++;
        }
        if (i < limit && (text[i] == '-' || text[i] == '^')) {
            i++;
        }
        if (i >= limit) {
            return 0;
        }
        char mouth = mouthOf(text[i]);
        if (mouth == 0 || (tear && mouth != '(')) {
            return 0;
        }
        if (first == '=' && mouth != ')' && mouth != '(') {
            return 0;
        }
        i++;
        while (i < limit && mouthOf(text[i]) == mouth && (mouth == ')' || mouth == '(')) {
            i++;
        }
        if (!ended(text, i, limit) || (mouth == '/' && i < limit && text[i] == '/')) {
            return 0;
        }
        char eyes = first == '=' ? ':' : first;
        return tear ? write(canonical, ':', '\'', '(', i - pos)
                : write(canonical, eyes, mouth, (char) 0, i - pos);
    }

    /** The canonical form written by the last successful {@link #match}: 2 or 3 chars. */
    static int canonicalLength(char[] canonical) {
        return canonical[2] == 0 ? 2 : 3;
    }

    private static char mouthOf(char c) {
        return switch (c) {
            case ')', ']' -> ')';
            case '(', '[' -> '(';
            case 'D' -> 'd';
            case 'P', 'p' -> 'p';
            case '/', '\\' -> '/';
            case '|' -> '|';
            case 'O', 'o' -> 'o';
            case '*' -> '*';
            default -> 0;
        };
    }

    /** An emoticon must not run into a letter or digit (":Done", "12:30"). */
    private static boolean ended(char[] text, int i, int limit) {
        return i >= limit || !Character.isLetterOrDigit(text[i]);
    }

    private static int write(char[] canonical, char a, char b, char c, int span) {
        canonical[0] = a;
        canonical[1] = b;
        canonical[2] = c;
        return span;
    }
}
