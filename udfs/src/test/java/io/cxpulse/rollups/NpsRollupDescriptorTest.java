package io.cxpulse.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.nps.NpsTally;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a survey response adds to its NPS rollups, and the rollup a tally gives. */
class NpsRollupDescriptorTest {
    static final long T0 = 1_772_360_100_000L;
    static final NpsRollupDescriptor NPS = new NpsRollupDescriptor("cx.rollups.nps",
            List.of(Duration.ofHours(1)), List.of("overall", "channel", "tier"), 3, 5);

    private static AccountedFeedback response(int nps, Sentiment sentiment, String channel,
            String tier, double weight) {
        return new AccountedFeedback(new ScoredFeedback(new FeedbackEvent("fb-1", T0, "C0001",
                nps, sentiment == null ? null : "text", channel, "fiber", "north", null, "A7",
                "en", null), "detractor", sentiment), tier, weight);
    }

    @Test
    void segmentsComeFromTheResponseAndTheTierFromItsAccount() {
        AccountedFeedback r = response(4, null, "app", "key", 1.0);
        assertEquals("app", NPS.rawValue(r, "channel"));
        assertEquals("key", NPS.rawValue(r, "tier"));
        assertNull(NPS.rawValue(r, "colour"));
        assertEquals(T0, NPS.time(r));
    }

    @Test
    void aResponseCountsItsClassWeightCommentAndTheAspectsADetractorMentions() {
        Sentiment s = new Sentiment(-0.5, Sentiment.NEGATIVE, "en", new SentimentTerm[0],
                new AspectSentiment[] {new AspectSentiment("billing", -0.5, 1),
                        new AspectSentiment("support", 0.0, 2)},
                new String[0], false);
        NpsTally t = NPS.tallyOf(response(2, s, "app", "key", 250_000.5));
        NPS.merge(t, NPS.tallyOf(response(10, null, "app", "key", 1.0)));
        NPS.merge(t, NPS.tallyOf(response(9, new Sentiment(0.25, Sentiment.POSITIVE, "en",
                new SentimentTerm[0]), "app", "key", 0.5)));

        NpsRollup r = NPS.rollup(t, "channel", "app", "1h", T0, T0 + 3_600_000L, 2);
        assertEquals("1h|channel|app|2026-03-01T10:15:00Z", r.key());
        assertEquals(3, r.responses());
        assertEquals(100.0 / 3, r.nps(), 1e-9);
        assertEquals(2, r.comments());
        assertEquals(-0.125, r.meanSentiment(), 1e-12);
        assertEquals(0.5, r.negativeCommentShare(), 1e-12);
        assertEquals(100.0 * (1.5 - 250_000.5) / 250_002.0, r.npsWeighted(), 1e-9);
        assertEquals("[AspectCount[aspect=billing, count=1], AspectCount[aspect=support, count=1]]",
                r.detractorAspects().toString());
        assertEquals(false, r.lowSample());
        assertEquals(2, r.revision());
    }

    @Test
    void belowTheMinimumSampleTheRollupIsFlagged() {
        NpsTally t = NPS.tallyOf(response(9, null, "app", "key", 1.0));
        NPS.merge(t, NPS.tallyOf(response(9, null, "app", "key", 1.0)));
        assertEquals(true, NPS.rollup(t, "overall", "all", "1h", T0, T0 + 1, 1).lowSample());
        NPS.merge(t, NPS.tallyOf(response(9, null, "app", "key", 1.0)));
        assertEquals(false, NPS.rollup(t, "overall", "all", "1h", T0, T0 + 1, 1).lowSample());
    }
}
