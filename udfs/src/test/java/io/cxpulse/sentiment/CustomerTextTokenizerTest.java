package io.cxpulse.sentiment;

import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesTo;
import static io.cxpulse.sentiment.AnalyzerAssertions.assertAnalyzesToWithOffsets;
import static io.cxpulse.sentiment.AnalyzerAssertions.assertCues;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class CustomerTextTokenizerTest {

    private static final Analyzer TOKENIZER = TestLexicons.chain((in, v) -> in);

    private static String breaks(SentimentCueAttribute cue) {
        return (cue.has(SentimentCueAttribute.SENTENCE_BREAK_BEFORE) ? "S"
                : cue.has(SentimentCueAttribute.CLAUSE_BREAK_BEFORE) ? "C" : "-")
                + (cue.has(SentimentCueAttribute.QUESTION_AFTER) ? "?" : "")
                + "!".repeat((cue.flags() & SentimentCueAttribute.EXCLAMATIONS_MASK)
                        >>> SentimentCueAttribute.EXCLAMATIONS_SHIFT);
    }

    @Test
    void splitsWordsOnUnicodeLettersAndDigits() {
        assertAnalyzesTo(TOKENIZER, "Great service,  5 stars - top-notch!",
                "Great", "service", "5", "stars", "top", "notch");
        assertAnalyzesTo(TOKENIZER, "השירות היה מעולה, café", "השירות", "היה", "מעולה", "café");
    }

    @Test
    void keepsApostrophesAndGershayimInsideWords() {
        assertAnalyzesTo(TOKENIZER, "don't don’t 'quoted' ש\"ח כ״כ", "don't", "don’t", "quoted",
                "ש\"ח", "כ״כ");
    }

    @Test
    void keepsEmojiAsTokensWithoutModifiers() {
        assertAnalyzesToWithOffsets(TOKENIZER, "ok👍🏽❤️😡",
                "ok@0-2", "👍@2-6", "❤@6-8", "😡@8-10");
    }

    @Test
    void keepsEmoticonsInCanonicalForm() {
        assertAnalyzesTo(TOKENIZER, "great :) bad :-( meh :/ <3 </3 :D ;-) :'( :-)))",
                "great", ":)", "bad", ":(", "meh", ":/", "<3", "</3", ":d", ";)", ":'(", ":)");
    }

    @Test
    void doesNotMistakeTimesUrlsAndWordsForEmoticons() {
        assertAnalyzesTo(TOKENIZER, "at 12:30 see http://x.io Note:Done",
                "at", "12", "30", "see", "http", "x", "io", "Note", "Done");
    }

    @Test
    void dropsInvisibleCharsButKeepsThemInOffsets() {
        assertAnalyzesToWithOffsets(TOKENIZER, "\u200Fטוֹב go\u00ADod ni\u200Dce",
                "טוב@1-5", "good@6-11", "nice@12-17");
    }

    @Test
    void marksClauseAndSentenceBreaksQuestionsAndExclamations() {
        assertCues(TOKENIZER, "good, but bad!!! Really? yes\nno", CustomerTextTokenizerTest::breaks,
                "good/-", "but/C", "bad/-!!!", "Really/S?", "yes/S", "no/S");
    }

    @Test
    void aSpacedHyphenIsADash() {
        assertCues(TOKENIZER, "good - bad well-known", CustomerTextTokenizerTest::breaks,
                "good/-", "bad/C", "well/-", "known/-");
    }

    @Test
    void cutsVeryLongWords() {
        assertAnalyzesTo(TOKENIZER, "x".repeat(300) + " ok",
                "x".repeat(CustomerTextTokenizer.MAX_TERM_LENGTH), "ok");
    }

    @Test
    void emptyAndSeparatorOnlyTextsHaveNoTokens() {
        assertAnalyzesTo(TOKENIZER, "");
        assertAnalyzesTo(TOKENIZER, " ,.!? \u200F\uD800");
    }
}
