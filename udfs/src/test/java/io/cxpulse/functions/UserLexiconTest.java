package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.sentiment.Sentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserLexiconTest {

    @Test
    void userEntriesAddToTheBundledLexicon() {
        UserLexicon lexicon = new UserLexicon("ours.tsv", List.of("# our words", "zorgleful\t3.0"));
        Sentiment s = lexicon.scorer().score("the zorgleful team", "en");
        assertEquals(Sentiment.POSITIVE, s.label());
        assertEquals("zorgleful", s.terms()[0].term());
    }

    @Test
    void userEntriesOverrideBundledScores() {
        UserLexicon lexicon = new UserLexicon("ours.tsv", List.of("great\t-3.0"));
        assertEquals(Sentiment.NEGATIVE, lexicon.scorer().score("great", "en").label());
    }

    @Test
    void equalLexiconsShareOneScorerPerJvm() {
        UserLexicon a = new UserLexicon("ours.tsv", List.of("flibbertastic\t2.5"));
        UserLexicon b = new UserLexicon("ours.tsv", List.of("flibbertastic\t2.5"));
        assertSame(a.scorer(), b.scorer());
    }

    @Test
    void badLineIsNamedByFileAndLine() {
        UserLexicon bad = new UserLexicon("ours.tsv", List.of("fine\t1.0", "broken line without score"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::scorer);
        assertTrue(e.getMessage().startsWith("ours.tsv line 2"), e.getMessage());
    }
}
