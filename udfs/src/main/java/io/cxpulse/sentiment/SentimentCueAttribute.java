package io.cxpulse.sentiment;

import org.apache.lucene.util.Attribute;

/**
 * What the sentiment chain learned about the current token: punctuation around it, emphasis, the
 * lexicon entry of its lookup form, and the negation, booster and contrast context it sits in.
 * The tokenizer and each filter of {@link CustomerTextAnalyzer} set their part.
 */
public interface SentimentCueAttribute extends Attribute {

    /** Clause punctuation (comma, colon, dash...) or a sentence break precedes the token. */
    int CLAUSE_BREAK_BEFORE = 1;
    /** Sentence-ending punctuation or a line break precedes the token. */
    int SENTENCE_BREAK_BEFORE = 1 << 1;
    /** A question mark follows the token. */
    int QUESTION_AFTER = 1 << 2;
    /** Two bits: how many exclamation marks (0..3) follow the token. */
    int EXCLAMATIONS_SHIFT = 3;
    int EXCLAMATIONS_MASK = 3 << EXCLAMATIONS_SHIFT;
    /** An emoji or emoticon rather than a word. */
    int SYMBOL = 1 << 5;
    /** The word has cased letters. */
    int CASED = 1 << 6;
    /** The word is written in capitals (at least two, no lower case). */
    int CAPS = 1 << 7;
    /** The word had a letter repeated for emphasis ("soooo"). */
    int ELONGATED = 1 << 8;
    /** The word negates what follows. */
    int NEGATOR = 1 << 9;
    /** The word is a booster or dampener. */
    int BOOSTER = 1 << 10;
    /** The word is a booster that scales the sentiment word right before it ("טוב מאוד"). */
    int BOOSTS_PREVIOUS = 1 << 11;
    /** The word shifts weight to what follows it ("but", "אבל"). */
    int CONTRAST = 1 << 12;
    /** The token follows a contrast word in its sentence. */
    int AFTER_CONTRAST = 1 << 13;
    /** The token is inside a conceded clause ("although ..."). */
    int CONCESSION = 1 << 14;

    int flags();

    void setFlags(int flags);

    default void addFlags(int more) {
        setFlags(flags() | more);
    }

    default boolean has(int flag) {
        return (flags() & flag) != 0;
    }

    /** How many tokens back the negator in scope is, 0 when none. */
    int negationDistance();

    void setNegationDistance(int distance);

    /** Sum of booster increments reaching this token, on the lexicon scale (may be negative). */
    float boost();

    void setBoost(float boost);

    /** The lexicon entry of the lookup form, or null for an unknown word. */
    LexiconEntry entry();

    void setEntry(LexiconEntry entry);
}
