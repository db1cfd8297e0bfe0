package io.cxpulse.sentiment;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits customer text into words, emoji and emoticons in one pass over the chars.
 *
 * <ul>
 *   <li>A word is a run of Unicode letters and digits; an apostrophe or a Hebrew geresh or
 *       gershayim between letters stays inside it ({@code don't}, {@code צה"ל}). Invisible chars
 *       (format chars such as bidi marks and zero-width joiners, combining marks such as Hebrew
 *       points, variation selectors) are dropped from the term but stay inside its offsets.
 *   <li>Each emoji code point is a token; variation selectors and skin tones after it are dropped.
 *   <li>The emoticons of {@link Emoticons} are tokens in canonical form.
 * </ul>
 *
 * <p>The punctuation between tokens becomes {@link SentimentCueAttribute} flags: clause and sentence
 * breaks on the token after it, question and exclamation marks on the token before it. Terms are
 * cut at {@link #MAX_TERM_LENGTH} chars. The whole input is read into a reused buffer.
 */
public final class CustomerTextTokenizer extends Tokenizer {

    /** Longer words keep only their first this many chars as term. */
    public static final int MAX_TERM_LENGTH = 255;

    private static final int RETAINED_BUFFER = 1 << 16;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final SentimentCueAttribute cueAtt = addAttribute(SentimentCueAttribute.class);
    private final char[] emoticon = new char[3];

    private char[] text = new char[1024];
    private int length;
    private int pos;
    private boolean loaded;
    /** Break flags found in the gap before the next token. */
    private int breaksBefore;

    public CustomerTextTokenizer() {}

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!loaded) {
            load();
            skipGap();
            breaksBefore = 0;
        }
        if (pos >= length) {
            return false;
        }
        int flags = breaksBefore;
        int start = pos;
        int codePoint = Character.codePointAt(text, pos, length);
        if (isWordChar(codePoint)) {
            flags |= readWord();
        } else if (isEmoji(codePoint)) {
            readEmoji(codePoint);
            flags |= SentimentCueAttribute.SYMBOL;
        } else {
            int span = Math.max(1, Emoticons.match(text, pos, length, emoticon));
            termAtt.copyBuffer(emoticon, 0, Emoticons.canonicalLength(emoticon));
            pos += span;
            flags |= SentimentCueAttribute.SYMBOL;
        }
        int end = pos;
        int after = skipGap();
        breaksBefore = after & (SentimentCueAttribute.CLAUSE_BREAK_BEFORE
                | SentimentCueAttribute.SENTENCE_BREAK_BEFORE);
        cueAtt.setFlags(flags | (after & (SentimentCueAttribute.QUESTION_AFTER
                | SentimentCueAttribute.EXCLAMATIONS_MASK)));
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    private void load() throws IOException {
        length = 0;
        while (true) {
            if (length == text.length) {
                text = ArrayUtil.grow(text, length + 1);
            }
            int read = input.read(text, length, text.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        pos = 0;
        loaded = true;
    }

    /** Reads a word at pos; @return CASED when it has cased letters. */
    private int readWord() {
        char[] term = termAtt.buffer();
        int termLength = 0;
        int flags = 0;
        while (pos < length) {
            char c = text[pos];
            int codePoint;
            int width;
            if (c < 0x80) {
                if (isAsciiLetterOrDigit(c)) {
                    if (termLength < MAX_TERM_LENGTH) {
                        if (termLength == term.length) {
                            term = termAtt.resizeBuffer(termLength + 1);
                        }
                        term[termLength++] = c;
                    }
                    if (c >= 'A') {
                        flags = SentimentCueAttribute.CASED;
                    }
                    pos++;
                    continue;
                }
                if ((c == '\'' || c == '"') && joinsWord(pos)) {
                    if (termLength < MAX_TERM_LENGTH) {
                        if (termLength == term.length) {
                            term = termAtt.resizeBuffer(termLength + 1);
                        }
                        term[termLength++] = c;
                    }
                    pos++;
                    continue;
                }
                break;
            }
            if (c >= '\u05D0' && c <= '\u05EA') {
                if (termLength < MAX_TERM_LENGTH) {
                    if (termLength == term.length) {
                        term = termAtt.resizeBuffer(termLength + 1);
                    }
                    term[termLength++] = c;
                }
                pos++;
                continue;
            }
            codePoint = Character.codePointAt(text, pos, length);
            width = Character.charCount(codePoint);
            if (isInvisible(codePoint)) {
                pos += width;
                continue;
            }
            boolean keep = Character.isLetterOrDigit(codePoint)
                    || (isInnerMark(c) && joinsWord(pos));
            if (!keep) {
                break;
            }
            if (termLength + width <= MAX_TERM_LENGTH) {
                if (termLength + width > term.length) {
                    term = termAtt.resizeBuffer(termLength + width);
                }
                term[termLength++] = c;
                if (width == 2) {
                    term[termLength++] = text[pos + 1];
                }
            }
            if (Character.isUpperCase(codePoint) || Character.isLowerCase(codePoint)) {
                flags = SentimentCueAttribute.CASED;
            }
            pos += width;
        }
        termAtt.setLength(termLength);
        return flags;
    }

    private void readEmoji(int codePoint) {
        int width = Character.charCount(codePoint);
        termAtt.copyBuffer(text, pos, width);
        pos += width;
        while (pos < length) {
            int next = Character.codePointAt(text, pos, length);
            if (!isEmojiModifier(next)) {
                break;
            }
            pos += Character.charCount(next);
        }
    }

    /**
     * Skips chars up to the next token start.
     *
     * @return break, question and exclamation flags for the chars skipped
     */
    private int skipGap() {
        int flags = 0;
        int exclamations = 0;
        while (pos < length) {
            char c = text[pos];
            if (c < 0x80) {
                if (isAsciiLetterOrDigit(c)
                        || (Emoticons.mayStart(c) && Emoticons.match(text, pos, length, emoticon) > 0)) {
                    break;
                }
                switch (c) {
                    case '.', '\n', '\r' -> flags |= SentimentCueAttribute.SENTENCE_BREAK_BEFORE;
                    case '!' -> {
                        flags |= SentimentCueAttribute.SENTENCE_BREAK_BEFORE;
                        exclamations++;
                    }
                    case '?' -> flags |= SentimentCueAttribute.SENTENCE_BREAK_BEFORE
                            | SentimentCueAttribute.QUESTION_AFTER;
                    case ',', ';', ':', '(', ')', '[', ']' ->
                            flags |= SentimentCueAttribute.CLAUSE_BREAK_BEFORE;
                    case '-' -> {
                        if (isDash(pos)) {
                            flags |= SentimentCueAttribute.CLAUSE_BREAK_BEFORE;
                        }
                    }
                    default -> { }
                }
                pos++;
                continue;
            }
            if (c >= '\u05D0' && c <= '\u05EA') {
                break;
            }
            int codePoint = Character.codePointAt(text, pos, length);
            if ((Character.isLetterOrDigit(codePoint) && !isInvisible(codePoint))
                    || isEmoji(codePoint)) {
                break;
            }
            switch (codePoint) {
                case '\u2026', '\u05C3', '\u061F', '\u3002', '\u2028', '\u2029', '\u0085' ->
                        flags |= SentimentCueAttribute.SENTENCE_BREAK_BEFORE;
                case '\u2013', '\u2014', '\u060C' ->
                        flags |= SentimentCueAttribute.CLAUSE_BREAK_BEFORE;
                default -> { }
            }
            pos += Character.charCount(codePoint);
        }
        if ((flags & SentimentCueAttribute.SENTENCE_BREAK_BEFORE) != 0) {
            flags |= SentimentCueAttribute.CLAUSE_BREAK_BEFORE;
        }
        return flags | (Math.min(exclamations, 3) << SentimentCueAttribute.EXCLAMATIONS_SHIFT);
    }

    /** A hyphen with a space on either side is a dash between clauses, not inside a word. */
    private boolean isDash(int at) {
        return (at > 0 && Character.isWhitespace(text[at - 1]))
                || (at + 1 < length && Character.isWhitespace(text[at + 1]));
    }

    /** An apostrophe or quote joins a word when letters stand on both sides of it. */
    private boolean joinsWord(int at) {
        return at > 0 && at + 1 < length
                && Character.isLetter(text[at - 1]) && Character.isLetter(text[at + 1]);
    }

    private static boolean isInnerMark(char c) {
        return c == '\u2019' || c == '\u02BC' || c == '\u05F3' || c == '\u05F4';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWordChar(int codePoint) {
        return codePoint < 0x80
                ? isAsciiLetterOrDigit((char) codePoint)
                : Character.isLetterOrDigit(codePoint);
    }

    /** Pictographic emoji and dingbats; skin tones are modifiers, not emoji of their own. */
    static boolean isEmoji(int codePoint) {
        return (codePoint >= 0x1F000 && codePoint <= 0x1FAFF && !isEmojiModifier(codePoint))
                || (codePoint >= 0x2600 && codePoint <= 0x27BF)
                || (codePoint >= 0x2B00 && codePoint <= 0x2BFF)
                || codePoint == 0x2122 || codePoint == 0x2139;
    }

    private static boolean isEmojiModifier(int codePoint) {
        return (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || codePoint == 0x20E3;
    }

    /**
     * Chars that change how a word looks but not what it says: format chars (bidi marks,
     * zero-width joiners, soft hyphens, BOM) and combining marks (Hebrew points, accents
     * written apart, variation selectors).
     */
    static boolean isInvisible(int codePoint) {
        if (codePoint < 0x00AD) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        loaded = false;
        length = 0;
        pos = 0;
        breaksBefore = 0;
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > RETAINED_BUFFER) {
            text = new char[1024];
        }
        length = 0;
    }
}
