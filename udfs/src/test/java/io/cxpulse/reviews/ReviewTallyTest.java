package io.cxpulse.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReviewTallyTest {
    private static final String[] NONE = new String[0];

    private static void stars(ReviewTally t, int rating) {
        t.add(rating, null, null, NONE, NONE);
    }

    private static void text(ReviewTally t, int rating, double score, String label) {
        t.add(rating, score, label, NONE, NONE);
    }

    @Test
    void histogramCountsReviewsPerStar() {
        ReviewTally t = new ReviewTally();
        for (int rating : new int[] {5, 1, 4, 5, 2, 5, 3}) {
            stars(t, rating);
        }
        assertArrayEquals(new long[] {1, 1, 1, 1, 3}, t.stars);
        assertEquals(7, t.reviews());
    }

    @Test
    void meanRatingAndNegativeShare() {
        ReviewTally t = new ReviewTally();
        for (int rating : new int[] {1, 2, 2, 3, 5}) {
            stars(t, rating);
        }
        // (1 + 2 + 2 + 3 + 5) / 5 = 13 / 5
        assertEquals(2.6, t.meanRating(), 1e-12);
        // ratings 1, 2, 2 are at most 2 stars: 3 of 5
        assertEquals(0.6, t.negativeShare(), 1e-12);
    }

    @Test
    void threeStarsIsNotNegative() {
        ReviewTally t = new ReviewTally();
        stars(t, 3);
        stars(t, 4);
        assertEquals(0.0, t.negativeShare());
        assertEquals(3.5, t.meanRating(), 1e-12);
    }

    @Test
    void reviewsWithoutTextCountForStarsButNotForTextMeasures() {
        ReviewTally t = new ReviewTally();
        text(t, 5, 0.6, "positive");
        stars(t, 1);                      // empty text
        text(t, 2, -0.3, "negative");
        stars(t, 5);                      // empty text
        assertEquals(4, t.reviews());
        assertEquals(2, t.texts);
        // (0.6 - 0.3) / 2 texts, not / 4 reviews
        assertEquals(0.15, t.meanSentiment(), 1e-12);
        assertEquals(3.25, t.meanRating(), 1e-12);
    }

    @Test
    void meanSentimentIsNullWithoutTexts() {
        ReviewTally t = new ReviewTally();
        stars(t, 4);
        assertEquals(0, t.texts);
        assertNull(t.meanSentiment());
    }

    @Test
    void disagreementsAreHighStarsWithNegativeTextOrLowStarsWithPositiveText() {
        ReviewTally t = new ReviewTally();
        text(t, 5, -0.5, "negative");  // high / negative: disagrees
        text(t, 4, -0.2, "negative");  // high / negative: disagrees
        text(t, 4, 0.0, "neutral");    // neutral text never disagrees
        text(t, 1, 0.7, "positive");   // low / positive: disagrees
        text(t, 2, -0.7, "negative");  // agrees
        text(t, 3, 0.9, "positive");   // 3 stars is neither high nor low
        text(t, 3, -0.9, "negative");
        text(t, 5, 0.8, "positive");   // agrees
        stars(t, 5);                   // no text: cannot disagree
        assertEquals(2, t.highRatingNegativeText);
        assertEquals(1, t.lowRatingPositiveText);
        assertEquals(3, t.disagreements());
    }

    @Test
    void negativeAspectsAndTermsAreCountedOnlyForReviewsWithText() {
        ReviewTally t = new ReviewTally();
        t.add(1, -0.8, "negative", new String[] {"billing", "support"}, new String[] {"charged"});
        t.add(2, -0.4, "negative", new String[] {"billing"}, new String[] {"charged", "slow"});
        t.add(1, null, null, new String[] {"billing"}, new String[] {"charged"});
        assertEquals(2L, t.negativeAspects.counts.get("billing"));
        assertEquals(1L, t.negativeAspects.counts.get("support"));
        assertEquals(2L, t.negativeTerms.counts.get("charged"));
        assertEquals(1L, t.negativeTerms.counts.get("slow"));
    }

    @Test
    void mergingPartialTalliesEqualsAddingEverythingToOne() {
        ReviewTally whole = new ReviewTally();
        ReviewTally left = new ReviewTally();
        ReviewTally right = new ReviewTally();
        Object[][] reviews = {
            {5, 0.5, "positive", "app"}, {1, 0.6, "positive", "price"}, {2, null, null, "x"},
            {4, -0.3, "negative", "billing"}, {1, -0.9, "negative", "billing"}, {3, 0.0, "neutral", "app"},
        };
        for (int i = 0; i < reviews.length; i++) {
            Object[] r = reviews[i];
            String[] aspects = {(String) r[3]};
            whole.add((Integer) r[0], (Double) r[1], (String) r[2], aspects, aspects);
            (i < 2 ? left : right).add((Integer) r[0], (Double) r[1], (String) r[2], aspects, aspects);
        }
        ReviewTally merged = new ReviewTally().merge(left).merge(right);
        assertArrayEquals(whole.stars, merged.stars);
        assertArrayEquals(new long[] {2, 1, 1, 1, 1}, merged.stars);
        assertEquals(whole.texts, merged.texts);
        assertEquals(5, merged.texts);
        assertEquals(whole.meanSentiment(), merged.meanSentiment(), 1e-12);
        assertEquals(2, merged.disagreements());
        assertEquals(whole.negativeAspects.counts, merged.negativeAspects.counts);
        assertEquals(2L, merged.negativeAspects.counts.get("billing"));
    }

    @Test
    void ratingOutsideOneToFiveIsRejected() {
        ReviewTally t = new ReviewTally();
        assertThrows(IllegalArgumentException.class, () -> stars(t, 0));
        assertThrows(IllegalArgumentException.class, () -> stars(t, 6));
    }
}
