package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconResourcesTest {

    @Test
    void lexiconsHoldAFewHundredScoredEntriesInScale() {
        for (String resource : new String[] {"lexicon-en.tsv", "lexicon-he.tsv"}) {
            List<String[]> rows = TabSeparatedResource.read(resource);
            assertTrue(rows.size() >= 250, resource + " has " + rows.size());
            for (String[] row : rows) {
                assertEquals(2, row.length, resource + ": " + String.join("|", row));
                double score = Double.parseDouble(row[1]);
                assertTrue(score >= -4 && score <= 4, row[0]);
            }
        }
    }

    @Test
    void modifierFilesParse() {
        ModifierWords english = ModifierWords.load("modifiers-en.tsv");
        ModifierWords hebrew = ModifierWords.load("modifiers-he.tsv");
        assertEquals(ModifierRole.NEGATOR, english.get("dont").role());
        assertEquals(ModifierRole.CONTRAST, english.get("but").role());
        assertEquals(ModifierRole.NEGATOR, hebrew.get("ללא").role());
        assertEquals(ModifierRole.BOOSTER_EITHER_SIDE, hebrew.get("מאוד").role());
        assertTrue(hebrew.get("קצת").factor() < 1.0);
    }

    @Test
    void englishSuffixLookupFindsStems() {
        SentimentLexicon lexicon = SentimentLexicon.load("lexicon-en.tsv");
        StringBuilder scratch = new StringBuilder();
        assertStem(lexicon, "loves", "love");
        assertStem(lexicon, "waits", "wait");
        assertStem(lexicon, "overcharging", "overcharge");
        assertStem(lexicon, "happily", "happy");
        assertStem(lexicon, "terribly", "terrible");
        assertStem(lexicon, "cancelling", "cancel");
        assertTrue(Double.isNaN(EnglishSuffixLookup.score(lexicon, "things", scratch)));
        assertTrue(Double.isNaN(EnglishSuffixLookup.score(lexicon, "likely", scratch)));
    }

    private static void assertStem(SentimentLexicon lexicon, String word, String stem) {
        double expected = lexicon.score(stem);
        assertFalse(Double.isNaN(expected), stem + " is listed");
        assertEquals(expected, EnglishSuffixLookup.score(lexicon, word, new StringBuilder()), word);
    }
}
