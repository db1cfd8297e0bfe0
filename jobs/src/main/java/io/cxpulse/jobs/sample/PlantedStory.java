package io.cxpulse.jobs.sample;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The ids and dates of the patterns planted in the sample data (see sample-data/README.md). */
final class PlantedStory {

    /** Day index (0 = 2026-03-02) of the double-charge billing incident, 2026-03-10 UTC. */
    static final int BILLING_DAY = 8;

    /** Key account that turns from promoter in week 1 to detractor with churn intent in week 2. */
    static final String KEY_ACCOUNT = "C0007";
    static final String KEY_ACCOUNT_NAME = "Galil Medical Centers Ltd";

    /** Heavy user and promoter who goes silent: no interactions at all from this instant on. */
    static final String SILENT_CHURNER = "C0123";
    static final String SILENT_CHURNER_NAME = "Noa Peretz";
    static final Instant SILENT_FROM = Instant.parse("2026-03-08T00:00:00Z");

    /** Answers detractor every few days yet keeps buying. */
    static final String LOYAL_CRITIC = "C0058";
    static final String LOYAL_CRITIC_NAME = "Shuk Hacarmel Coffee Roasters";

    /** Account updated during the window from standard to key. */
    static final String UPGRADED = "C0042";
    /** Account updated during the window from key to standard. */
    static final String DOWNGRADED = "C0077";
    /** Accounts whose annual value is revised during the window. */
    static final List<String> REVALUED = List.of("C0015", "C0150", "C0188");

    /** Customers C0195..C0200 sign up during the window. */
    static final int FIRST_NEW_CUSTOMER = 195;

    private static final Set<String> CAST = Set.of(KEY_ACCOUNT, SILENT_CHURNER, LOYAL_CRITIC);

    private PlantedStory() {}

    /** Customers whose feedback and interactions come only from the story, never from the background. */
    static boolean isCast(String customerId) {
        return CAST.contains(customerId);
    }
}
