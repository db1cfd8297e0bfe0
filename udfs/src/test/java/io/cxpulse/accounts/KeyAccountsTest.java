package io.cxpulse.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.AlertInputs;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.RetentionSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One decision of "key account", asked by customer state and by the alert inputs alike. */
class KeyAccountsTest {

    private static final List<String> TIERS = Arrays.asList("key", "standard", "unknown", null);

    @Test
    void tierKeyOrParetoMembershipMakesAKeyAccount() {
        assertTrue(KeyAccounts.isKeyAccount("key", false));
        assertTrue(KeyAccounts.isKeyAccount("standard", true));
        assertTrue(KeyAccounts.isKeyAccount(null, true));
        assertEquals(false, KeyAccounts.isKeyAccount("standard", false));
        assertEquals(false, KeyAccounts.isKeyAccount("Key", false));
        assertEquals(false, KeyAccounts.isKeyAccount(null, false));
    }

    @Test
    void customerStateAndAlertInputsDecideAlike() {
        for (String tier : TIERS) {
            for (boolean member : new boolean[] {false, true}) {
                String label = tier + (member ? " in" : " outside") + " the Pareto set";
                boolean expected = KeyAccounts.isKeyAccount(tier, member);
                assertEquals(expected, customerState(tier, member).keyAccount(), label);
                assertEquals(expected, AlertInputs.customer(answer(tier, member)).keyAccount(),
                        label);
                assertEquals(expected, AlertInputs.customer(review(tier, member)).keyAccount(),
                        label + ", a review");
            }
        }
    }

    @Test
    void aStandardTierCustomerInTheParetoSetIsAKeyAccountOnBothSides() {
        assertTrue(customerState("standard", true).keyAccount());
        assertTrue(AlertInputs.customer(answer("standard", true)).keyAccount());
    }

    /** The state customer tracking keeps after the account record and a membership change. */
    private static CustomerState customerState(String tier, boolean member) {
        RetentionSettings settings = RetentionSettings.from(Map.of());
        CustomerLifecycle lifecycle = new CustomerLifecycle(settings);
        CustomerLifecycle.Output none = new CustomerLifecycle.Output() {
            @Override
            public void signal(CustomerSignal signal) {}

            @Override
            public void fact(RetentionFact fact) {}
        };
        CustomerState s = new CustomerState();
        if (tier != null) {
            lifecycle.apply(s, new CustomerInput(CustomerInput.ACCOUNT, 1_000, "ac-1", "C1", null,
                    0, null, null, -1, null, null, 0, false, tier, 50_000, false), none);
        }
        lifecycle.apply(s, CustomerInput.keyAccount("C1", 1_000, member), none);
        return s;
    }

    /** A review as the account join gives it to the alert inputs. */
    private static AccountedReview review(String tier, boolean member) {
        ReviewEvent e = new ReviewEvent("rv-1", 2_000, 1,
                "We are switching provider", "google", null, null, null, null, "C1", null, null);
        return new AccountedReview(new ScoredReview(e, null),
                tier == null ? AccountedFeedback.UNKNOWN_TIER : tier, member);
    }

    /** A survey answer as the account join gives it to the alert inputs. */
    private static AccountedFeedback answer(String tier, boolean member) {
        FeedbackEvent e = new FeedbackEvent("fb-1", 2_000, "C1", 3, "We are switching provider",
                "web", null, null, null, null, null, null);
        return new AccountedFeedback(new ScoredFeedback(e, "detractor", null),
                tier == null ? AccountedFeedback.UNKNOWN_TIER : tier, 50_000, member);
    }
}
