package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLexiconTest {

    @Test
    void userEntriesExtendAndOverrideTheBundledLexicon() {
        LexiconSentimentScorer scorer = LexiconSentimentScorer.withUserLexicon("my.tsv", List.of(
                "# my words",
                "",
                "great\t-2.0",
                "frobnicated\t2.5",
                "מגניב\t2.4",
                "hold music\t-2.2",
                "nifty\t1.8\t0.6\t[2, 2, 1, 2]"));
        assertEquals(Sentiment.NEGATIVE, scorer.score("great").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("it frobnicated").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("ממש מגניב").label());
        assertEquals("hold music", scorer.score("the hold music").terms()[0].term());
        assertEquals(Sentiment.POSITIVE, scorer.score("nifty").label());
        assertEquals(Sentiment.NEGATIVE, scorer.score("not frobnicated").label());
        assertEquals(Sentiment.POSITIVE, LexiconSentimentScorer.shared().score("great").label());
    }

    @Test
    void hebrewEntriesCountOnlyForHebrew() {
        LexiconSentimentScorer scorer =
                LexiconSentimentScorer.withUserLexicon("he.tsv", List.of("מגניב\t2.4"));
        assertEquals(0, scorer.score("מגניב", Language.ENGLISH).terms().length);
        assertEquals(1, scorer.score("מגניב", Language.HEBREW).terms().length);
    }

    @Test
    void aBadScoreNamesFileAndLine() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i < 12; i++) {
            lines.add(i % 2 == 0 ? "# comment" : "word" + i + "\t1");
        }
        lines.add("broken\tx");
        InvalidLexiconException e = assertThrows(InvalidLexiconException.class,
                () -> LexiconSentimentScorer.withUserLexicon("my.tsv", lines));
        assertEquals("my.tsv line 12: score must be a number from -4 to 4, got \"x\"",
                e.getMessage());
    }

    @Test
    void outOfRangeAndMissingScoresAreErrors() {
        assertEquals("a.tsv line 1: score must be a number from -4 to 4, got \"5\"",
                assertThrows(InvalidLexiconException.class, () ->
                        LexiconSentimentScorer.withUserLexicon("a.tsv", List.of("x\t5")))
                        .getMessage());
        assertThrows(InvalidLexiconException.class,
                () -> LexiconSentimentScorer.withUserLexicon("a.tsv", List.of("", "lonely")));
        assertThrows(IllegalArgumentException.class,
                () -> LexiconSentimentScorer.withUserLexicon("a.tsv", List.of("x\tNaN")));
    }

    @Test
    void readsAUtf8File(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("words.tsv");
        Files.writeString(file, "\uFEFFמעפן\t-2.6\nsplendiferous\t3\n", StandardCharsets.UTF_8);
        LexiconSentimentScorer scorer = LexiconSentimentScorer.withUserLexicon(file);
        assertEquals(Sentiment.NEGATIVE, scorer.score("מעפן").label());
        assertEquals(Sentiment.POSITIVE, scorer.score("splendiferous").label());
        Files.writeString(file, "ok\t1\nbad line\n", StandardCharsets.UTF_8);
        InvalidLexiconException e = assertThrows(InvalidLexiconException.class,
                () -> LexiconSentimentScorer.withUserLexicon(file));
        assertEquals(true, e.getMessage().startsWith("words.tsv line 2: "));
    }
}
