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
        assertEquals(Verdict.NONE, rule.observe(s, answer(6, 2, "churn")).state());
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

    @Test
    void aRetentionSignalFiresAtOnce() {
        KeyAccountState s = rule.newState();
        Verdict v = rule.observe(s, new CustomerAlertInput("K1", 0, true,
                CustomerAlertInput.SILENT_CHURN_RISK, -1, false, new String[0],
                "no purchase for 30 days", null));
        assertEquals(Verdict.FIRING, v.state());
        assertEquals("Key account K1 is at risk: it has gone silent and may churn, no purchase for"
                + " 30 days (1970-01-01T00:00:00Z).", v.message());
    }
}
