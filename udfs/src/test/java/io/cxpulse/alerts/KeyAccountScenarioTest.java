package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A key account with a randomized history of answers (promoter, passive or chronic critic,
 * answering every one to ten days, some with negative comments) answers 0-6 with a churn-intent
 * comment at a random time: the default rule alerts on that answer, in every seed. Expected
 * outcomes come from what was planted.
 */
class KeyAccountScenarioTest {
    static final int SEEDS = 200;
    static final long DAY = 86_400_000L;

    @Test
    void aChurnIntentDetractorAnswerAlertsAtOnce() {
        KeyAccountRule rule = new KeyAccountRule(AlertSettings.defaults().keyAccount());
        int fired = 0;
        int earlier = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random r = new Random(seed);
            KeyAccountState s = rule.newState();
            int low = new int[] {9, 7, 3}[r.nextInt(3)];
            long t = (long) (r.nextDouble() * DAY);
            int before = r.nextInt(30);
            for (int i = 0; i < before; i++) {
                int nps = Math.min(10, low + r.nextInt(4));
                if (rule.observe(s, new CustomerAlertInput("K" + seed, t, true,
                        CustomerAlertInput.RESPONSE, nps, nps <= 6 && r.nextBoolean(),
                        new String[0], null, null)).firing()) {
                    earlier++;
                }
                t += (long) ((1 + r.nextDouble() * 9) * DAY);
            }
            String[] intents = r.nextBoolean() ? new String[] {"churn"}
                    : new String[] {"churn", "refund"};
            Verdict v = rule.observe(s, new CustomerAlertInput("K" + seed, t, true,
                    CustomerAlertInput.RESPONSE, r.nextInt(7), r.nextDouble() < 0.8, intents,
                    null, null));
            if (v.firing() && v.time() == t) {
                fired++;
            }
        }
        System.out.printf(Locale.ROOT, "key account churn intent over %d seeds: alerted at once"
                + " in %d (%.3f); alerts from the history before it: %d%n", SEEDS, fired,
                fired / (double) SEEDS, earlier);
        assertEquals(SEEDS, fired);
    }
}
