package io.cxpulse.records;

/**
 * Retention of one segment in one event-time window, for {@code cx.rollups.retention}.
 *
 * @param active customers with at least one interaction in the window
 * @param newCustomers customers acquired in the window
 * @param previousActive customers of the segment active in the previous window
 * @param retained those of them active again in this window
 * @param retentionRate retained / previousActive, or null when previousActive is 0
 * @param revenue purchase and renewal amounts in the window
 * @param revenuePerActive revenue / active, or null when active is 0
 * @param revision 1 for the first result of the window, then 2, 3... for late updates
 */
public record RetentionRollup(
        String window,
        long windowStart,
        long windowEnd,
        String dimension,
        String value,
        long active,
        long newCustomers,
        long atRisk,
        long churned,
        long reactivated,
        long previousActive,
        long retained,
        Double retentionRate,
        double revenue,
        Double revenuePerActive,
        long silentChurnRisk,
        long loyalCritics,
        int revision) {

    /** The Kafka key: {@code <window>|<dimension>|<value>|<window_start>}. */
    public String key() {
        return window + '|' + dimension + '|' + value + '|' + java.time.Instant.ofEpochMilli(windowStart);
    }
}
