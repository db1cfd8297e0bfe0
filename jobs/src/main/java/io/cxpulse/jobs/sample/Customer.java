package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sample customer.
 *
 * @param name company or person name, {@code null} when the CRM holds none
 * @param segment {@code business} or {@code consumer}
 * @param tier {@code key} or {@code standard}
 * @param language the language the customer usually writes in: {@code he}, {@code en} or {@code mixed}
 * @param activity relative weight for how often the customer buys, uses and answers surveys
 * @param joinedAt the signup time for customers who join during the window, else {@code null}
 */
record Customer(
        String id,
        String name,
        String segment,
        String tier,
        BigDecimal annualValue,
        String region,
        String product,
        String channel,
        String store,
        String language,
        double activity,
        Instant joinedAt) {

    boolean isKey() {
        return "key".equals(tier);
    }

    boolean isBusiness() {
        return "business".equals(segment);
    }

    /** Whether the customer exists at time {@code t}. */
    boolean activeAt(Instant t) {
        return joinedAt == null || !t.isBefore(joinedAt);
    }

    Customer withAnnualValue(BigDecimal value) {
        return new Customer(id, name, segment, tier, value, region, product, channel, store, language,
                activity, joinedAt);
    }
}
