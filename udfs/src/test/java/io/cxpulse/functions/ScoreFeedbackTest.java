package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.sentiment.Language;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreFeedbackTest {

    static final long T0 = 1_772_360_100_000L;

    private final ScoreFeedback fn = new ScoreFeedback();

    @BeforeEach
    void open() {
        fn.open(DefaultOpenContext.INSTANCE);
    }

    private static FeedbackEvent event(int nps, String comment, String language) {
        return new FeedbackEvent("fb-1", T0, "C1", nps, comment, null, null, null, null, null,
                language, null);
    }

    @Test
    void npsClassIsAttached() {
        assertEquals("detractor", fn.map(event(6, null, null)).npsClass());
        assertEquals("passive", fn.map(event(7, null, null)).npsClass());
        assertEquals("promoter", fn.map(event(9, null, null)).npsClass());
    }

    @Test
    void missingCommentHasNoSentiment() {
        assertNull(fn.map(event(9, null, null)).sentiment());
    }

    @Test
    void blankCommentHasNoSentiment() {
        assertNull(fn.map(event(9, "   \n", "en")).sentiment());
    }

    @Test
    void commentOfNoBreakSpacesIsBlankAsTheSchemasSay() {
        assertNull(fn.map(event(9, "\u00a0\u2007\u202f\ufeff", "en")).sentiment());
    }

    @Test
    void commentIsScoredAndTheEventKept() {
        FeedbackEvent e = event(10, "excellent service, very helpful", "en");
        ScoredFeedback s = fn.map(e);
        assertSame(e, s.event());
        assertNotNull(s.sentiment());
        assertTrue(s.sentiment().score() > 0, "score " + s.sentiment().score());
        assertEquals("positive", s.sentiment().label());
    }

    @Test
    void onlyEnglishAndHebrewAreUsedAsLanguageHints() {
        assertEquals(Language.ENGLISH, ScoreFeedback.languageHint(Language.ENGLISH));
        assertEquals(Language.HEBREW, ScoreFeedback.languageHint(Language.HEBREW));
        assertEquals(Language.AUTO, ScoreFeedback.languageHint("fr"));
        assertEquals(Language.AUTO, ScoreFeedback.languageHint(null));
    }
}
