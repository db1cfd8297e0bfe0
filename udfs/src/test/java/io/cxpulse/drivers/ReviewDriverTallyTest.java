package io.cxpulse.drivers;

import static io.cxpulse.drivers.SurveyDriverTallyTest.a;
import static io.cxpulse.drivers.SurveyDriverTallyTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AspectDriver;
import io.cxpulse.records.DriverRollup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Five crafted reviews: 1 star (billing -0.8, app +0.3), 2 stars (billing -0.2), 5 stars
 * (app +0.6), 4 stars (billing +0.1), 3 stars without text (billing -0.9 given, ignored).
 * 15 stars over 5 reviews: mean 3.
 */
class ReviewDriverTallyTest {

    static final double EPS = 1e-9;

    static ReviewDriverTally tally() {
        ReviewDriverTally t = new ReviewDriverTally();
        t.add(1, true, of(a("billing", -0.8), a("app", 0.3)));
        t.add(2, true, of(a("billing", -0.2)));
        t.add(5, true, of(a("app", 0.6)));
        t.add(4, true, of(a("billing", 0.1)));
        t.add(3, false, of(a("billing", -0.9)));
        return t;
    }

    @Test
    void ratingImpactIsMeanStarsOfOthersMinusMeanStarsOfNegativeMentions() {
        DriverRollup r = tally().rollup("source", "google", "1d", 0, 86_400_000L, 2, 1);
        assertEquals(DriverRollup.REVIEWS, r.sourceKind());
        assertEquals(5, r.count());
        assertEquals(4, r.withText());
        assertEquals(3.0, r.meanRating(), EPS);
        assertNull(r.nps());

        AspectDriver billing = r.aspects()[0];
        assertEquals("billing", billing.aspect());
        assertEquals(1, billing.rank());
        assertEquals(3, billing.mentions());
        assertEquals(2, billing.negativeMentions());
        assertEquals(-0.3, billing.meanSentiment(), EPS);
        assertEquals(1.5, billing.outcomeNegative(), EPS);
        assertEquals(3, billing.others());
        assertEquals(4.0, billing.outcomeOthers(), EPS); // (5 + 4 + 3) / 3
        assertEquals(2.5, billing.impact(), EPS);
        assertFalse(billing.lowSample());
        assertNull(billing.detractorShare());
    }

    @Test
    void aspectOnlyPraisedHasNoImpactAndRanksAsLowSample() {
        AspectDriver app = tally().rollup("source", "google", "1d", 0, 1, 2, 1).aspects()[1];
        assertEquals("app", app.aspect());
        assertEquals(2, app.rank());
        assertEquals(2, app.mentions());
        assertEquals(0.45, app.meanSentiment(), EPS);
        assertEquals(0, app.negativeMentions());
        assertNull(app.outcomeNegative());
        assertEquals(3.0, app.outcomeOthers(), EPS);
        assertNull(app.impact());
        assertTrue(app.lowSample());
    }

    @Test
    void mergingPartialTalliesEqualsAddingEverythingToOne() {
        ReviewDriverTally left = new ReviewDriverTally();
        left.add(1, true, of(a("billing", -0.8), a("app", 0.3)));
        left.add(2, true, of(a("billing", -0.2)));
        ReviewDriverTally right = new ReviewDriverTally();
        right.add(5, true, of(a("app", 0.6)));
        right.add(4, true, of(a("billing", 0.1)));
        right.add(3, false, of());
        DriverRollup merged = new ReviewDriverTally().merge(right).merge(left)
                .rollup("source", "google", "1d", 0, 1, 2, 1);
        DriverRollup whole = tally().rollup("source", "google", "1d", 0, 1, 2, 1);
        assertEquals("google", merged.value());
        assertEquals(whole.meanRating(), merged.meanRating(), EPS);
        assertEquals(List.of(whole.aspects()).toString(), List.of(merged.aspects()).toString());
    }
}
