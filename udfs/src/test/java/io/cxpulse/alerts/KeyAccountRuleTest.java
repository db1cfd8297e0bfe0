package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyAccountRuleTest {
    static final long DAY = 86_400_000L;
    final KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());

    static CustomerAlertInput answer(long day, int nps, String... intents) {
        return new CustomerAlertInput("K1", day * DAY, true, CustomerAlertInput.RESPONSE, nps,
                nps <= 6, intents, null, null);
    }

    @Test
    void aPromoterTurningDetractorFiresOnTheThirdBadAnswer() {
        KeyAccountState s = rule.newState();
        for (int d = 0; d < 4; d++) {
            assertEquals(Verdict.NONE, rule.observe(s, answer(d, 10)).state());
        }
        assertEquals(Verdict.NONE, rule.observe(s, answer(5, 3)).state());
        assertEquals(Verdict.NONE, rule.observe(s, answer(6, 2)).state());
        Verdict v = rule.observe(s, answer(7, 1));
        assertEquals(Verdict.FIRING, v.state());
        assertEquals(true, v.subject().keyAccount());
        assertEquals(3.0, v.observed());
    }

    @Test
    void aChronicCriticDoesNotFire() {
        KeyAccountState s = rule.newState();
        int[] answers = {5, 8, 4, 9, 3, 6, 7, 2, 5, 8};
        for (int d = 0; d < answers.length; d++) {
            assertEquals(Verdict.NONE, rule.observe(s, answer(d, answers[d])).state(), "day " + d);
        }
    }

    static CustomerAlertInput signal(long millis, String signal, String detail) {
        return new CustomerAlertInput("K1", millis, true, signal, -1, false, new String[0], detail,
                null);
    }

    @Test
    void silenceFiresWhenItLastsTheGraceAndSaysSo() {
        KeyAccountState s = rule.newState();
        assertEquals(Verdict.NONE, rule.observe(s,
                signal(0, CustomerAlertInput.SILENT_CHURN_RISK, "no purchase for 30 days")).state());
        long grace = 6 * 3_600_000L;
        assertEquals(grace, rule.wakeAt(s));
        Verdict v = rule.onWake(s, "K1", grace);
        assertEquals(Verdict.FIRING, v.state());
        assertEquals("Key account K1 is at risk: it has gone silent and may churn, no purchase for"
                + " 30 days, and it was still silent 6h later (1970-01-01T06:00:00Z).", v.message());
        assertEquals(Long.MIN_VALUE, rule.wakeAt(s), "once");

        assertEquals(Verdict.CLEAR, rule.observe(s,
                signal(DAY, CustomerAlertInput.REACTIVATED, null)).state(), "back: resolves");
        assertEquals(Verdict.NONE, rule.observe(s,
                signal(DAY + 1, CustomerAlertInput.REACTIVATED, null)).state());
    }

    @Test
    void anAccountBackWithinTheGraceRaisesNothing() {
        KeyAccountState s = rule.newState();
        rule.observe(s, signal(0, CustomerAlertInput.AT_RISK, "no activity for 2.0 days"));
        rule.observe(s, signal(1_000, CustomerAlertInput.SILENT_CHURN_RISK, "promoter gone quiet"));
        assertEquals(6 * 3_600_000L, rule.wakeAt(s), "the grace runs from the first signal");
        assertEquals(Verdict.NONE, rule.observe(s,
                signal(4 * 60_000L, CustomerAlertInput.REACTIVATED, null)).state());
        assertEquals(Long.MIN_VALUE, rule.wakeAt(s));
    }

    @Test
    void oneDetractorAnswerWithChurnIntentFiresAtOnce() {
        KeyAccountState s = rule.newState();
        Verdict v = rule.observe(s, answer(0, 2, "churn"));
        assertEquals(Verdict.FIRING, v.state());
        assertEquals("Key account K1 is at risk: it says it may leave, answering 2"
                + " (1970-01-01T00:00:00Z).", v.message());
    }

    @Test
    void aReviewOrCommentWithEscalationIntentFiresAtOnce() {
        KeyAccountState s = rule.newState();
        Verdict v = rule.observe(s, new CustomerAlertInput("K1", DAY, true,
                CustomerAlertInput.REVIEW, -1, true, new String[] {"escalation"}, null, null));
        assertEquals(Verdict.FIRING, v.state());
        assertEquals("Key account K1 is at risk: it threatens to escalate"
                + " (1970-01-02T00:00:00Z).", v.message());
    }

    @Test
    void aPromoterOrPassiveTellingOfANearMissDoesNotFireAtOnce() {
        KeyAccountState s = rule.newState();
        assertEquals(Verdict.NONE, rule.observe(s, answer(0, 10, "churn")).state());
        assertEquals(Verdict.NONE, rule.observe(s, answer(1, 7, "churn")).state());
    }

    @Test
    void aGlowingReviewTellingOfANearMissDoesNotFireAtOnce() {
        KeyAccountState s = rule.newState();
        assertEquals(Verdict.NONE, rule.observe(s, new CustomerAlertInput("K1", DAY, true,
                CustomerAlertInput.REVIEW, -1, false, new String[] {"churn"}, null, null)).state());
    }

    @Test
    void withoutIntentAloneChurnIntentWaitsForTheTurn() {
        KeyAccountSettings d = AlertSettings.defaults().keyAccount();
        KeyAccountRule slow = new KeyAccountRule(new KeyAccountSettings(d.enabled(), d.severity(),
                d.window(), d.minSignals(), d.minBadShare(), d.minBaselineScore(), d.minHistory(),
                false, d.clearAfter(), d.silenceGrace()));
        KeyAccountState s = slow.newState();
        assertEquals(Verdict.NONE, slow.observe(s, answer(0, 2, "churn")).state());
    }
}
