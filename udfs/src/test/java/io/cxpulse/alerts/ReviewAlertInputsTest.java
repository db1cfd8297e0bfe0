package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import org.junit.jupiter.api.Test;

/**
 * A review reaches the customer rules with its customer's account: a key account's one- or
 * two-star review saying it is leaving alerts at once, as its survey answer would.
 */
class ReviewAlertInputsTest {

    private static final String LEAVING = "Billed twice again. We are moving to another provider"
            + " unless this is fixed.";

    static AccountedReview review(String customer, int rating, String text, String tier,
            boolean pareto) {
        ReviewEvent e = new ReviewEvent("rv-1", 86_400_000L, rating, text, "google", null,
                "fiber", null, null, customer, "en", null);
        return new AccountedReview(new ScoredReview(e, LexiconSentimentScorer.shared().score(text)),
                tier, pareto);
    }

    @Test
    void aKeyAccountsChurnReviewOpensAKeyAccountAlertAtOnce() {
        CustomerAlertInput in = AlertInputs.customer(review("K1", 1, LEAVING, "key", false));
        assertTrue(in.keyAccount());
        assertTrue(in.negative());
        assertTrue(in.hasIntent("churn"), String.join(",", in.intents()));
        KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        assertTrue(rule.judges(in));
        Verdict v = rule.observe(rule.newState(), in);
        assertEquals(Verdict.FIRING, v.state());
        assertEquals("rv-1", v.evidence().eventId());
        assertTrue(v.message().startsWith("Key account K1 is at risk: it says it may leave"),
                v.message());
    }

    @Test
    void aParetoMembersReviewIsAKeyAccountsToo() {
        assertTrue(AlertInputs.customer(review("P1", 2, LEAVING, "standard", true)).keyAccount());
    }

    @Test
    void otherCustomersAndAnonymousReviewsAreNoKeyAccounts() {
        assertFalse(AlertInputs.customer(review("S1", 1, LEAVING, "standard", false)).keyAccount());
        CustomerAlertInput anonymous = AlertInputs.customer(review(null, 1, LEAVING, "key", false));
        assertFalse(anonymous.keyAccount());
        assertFalse(new KeyAccountRule(AlertSettings.defaults().keyAccount()).judges(anonymous));
    }
}
