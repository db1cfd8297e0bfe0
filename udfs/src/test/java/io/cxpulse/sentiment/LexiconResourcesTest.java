package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconResourcesTest {

    @Test
    void bundledLexiconsLoadWithModifiers() {
        Vocabulary vocabulary = LexiconFiles.bundled().build();
        assertEquals(ModifierRole.NEGATOR, vocabulary.word("dont").role);
        assertEquals(ModifierRole.CONTRAST, vocabulary.word("but").role);
        assertEquals(ModifierRole.NEGATOR, vocabulary.word("ללא").role);
        assertEquals(ModifierRole.BOOSTER_EITHER_SIDE, vocabulary.word("מאוד").role);
        assertTrue(vocabulary.word("קצת").factor < 1.0);
    }

    @Test
    void expectationsAndHaltersLoad() {
        Vocabulary vocabulary = LexiconFiles.bundled().build();
        assertTrue(vocabulary.word("work").isExpectation());
        assertTrue(vocabulary.phrase("call back").isExpectation());
        assertEquals(ModifierRole.HALTER, vocabulary.word("stopped").role);
        assertTrue(vocabulary.word("refused").isOpinion());
    }

    @Test
    void anExpectationMustScoreBelowZero() {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        InvalidLexiconException e = assertThrows(InvalidLexiconException.class,
                () -> LexiconFiles.addExpectations(builder, "x.tsv",
                        TabSeparatedResource.parse(List.of("# header", "work\t1.5"))));
        assertEquals("x.tsv line 2: an unmet expectation scores below 0, got \"1.5\"",
                e.getMessage());
    }

    @Test
    void missingAspectAndIntentFilesReadAsEmpty() {
        assertNull(TabSeparatedResource.readIfPresent("no-such-aspects.tsv"));
        assertNotNull(LexiconFiles.load("test-").build().word("price"));
    }

    @Test
    void phrasesAreStoredFoldedAndMarkTheirFirstWord() {
        Vocabulary vocabulary = TestLexicons.VOCABULARY;
        assertEquals(2.8, vocabulary.phrase("above and beyond").valence);
        assertEquals(4, vocabulary.word("out").sentimentPhraseWords);
        assertEquals(0, vocabulary.word("money").sentimentPhraseWords);
        assertEquals(2, vocabulary.word("customer").tagPhraseWords);
        assertEquals(Sentiment.CHURN, vocabulary.phrase("אני עוזב").intent);
    }

    @Test
    void keysAreFoldedLikeTerms() {
        assertEquals("dont top notch cafe", String.join(" ",
                Vocabulary.normalize("Don’t  Top-Notch CAFÉ")));
        assertEquals(LexiconEntry.HEBREW, Vocabulary.languageOf("שירות"));
        assertEquals(LexiconEntry.ENGLISH, Vocabulary.languageOf("service"));
        assertEquals(LexiconEntry.SYMBOLS, Vocabulary.languageOf(":)"));
    }
}
