package io.cxpulse.retention;

import io.cxpulse.records.CustomerInput;
import java.time.Instant;

/** Test inputs for the retention logic, timed in days from 2026-03-02T00:00:00Z. */
public final class Inputs {
    public static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    public static final long DAY = 86_400_000L;
    public static final long HOUR = 3_600_000L;

    private static int seq;

    private Inputs() {}

    public static long day(double d) {
        return T0 + Math.round(d * DAY);
    }

    public static CustomerInput ix(String customer, long time, String type, double amount) {
        return new CustomerInput(CustomerInput.INTERACTION, time, "ix-" + (++seq), customer, type,
                amount, "mobile", null, -1, null, null, 0.0, false, null, 0.0, false);
    }

    public static CustomerInput ix(String customer, long time, String type) {
        return ix(customer, time, type, "purchase".equals(type) || "renewal".equals(type) ? 100 : 0);
    }

    public static CustomerInput said(String customer, long time, int nps, String sentiment,
            boolean churn) {
        String cls = nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
        double score = sentiment == null ? 0 : switch (sentiment) {
            case "positive" -> 0.6;
            case "negative" -> -0.6;
            default -> 0.0;
        };
        return new CustomerInput(CustomerInput.FEEDBACK, time, "fb-" + (++seq), customer, null, 0,
                "mobile", "north", nps, cls, sentiment, score, churn, null, 0.0, false);
    }

    public static CustomerInput account(String customer, long time, String tier, double value) {
        return new CustomerInput(CustomerInput.ACCOUNT, time, "ac-" + (++seq), customer, null, 0,
                null, null, -1, null, null, 0.0, false, tier, value, false);
    }

    /** Settings for tests: defaults with the Pareto set off. */
    public static RetentionSettings settings() {
        return RetentionSettings.from(java.util.Map.of("key-accounts.pareto-share", "0"));
    }
}
