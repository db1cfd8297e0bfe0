package io.cxpulse.records;

/**
 * What one customer adds to the retention rollups of the window its timestamp falls in, with
 * the customer's segment at that time. Counts are 0 or 1.
 *
 * @param time event time the fact counts at, epoch milliseconds: windows are assigned by it
 * @param active 1 for the customer's first activity in the window
 * @param retained 1 when that customer was also active in the previous window
 * @param previousActive 1, timestamped at the start of the next window, for a customer active in
 *     a window: the denominator of that next window's retention rate
 * @param revenue purchase and renewal amounts
 */
public record RetentionFact(
        long time,
        String tier,
        String product,
        String region,
        int active,
        int retained,
        int previousActive,
        int newCustomers,
        int atRisk,
        int churned,
        int reactivated,
        int silentChurnRisk,
        int loyalCritics,
        double revenue) {

    /** The same segment and revenue with one more count of a signal. */
    public RetentionFact plusSignal(String signal) {
        return new RetentionFact(time, tier, product, region, active, retained, previousActive,
                newCustomers + (CustomerSignal.NEW.equals(signal) ? 1 : 0),
                atRisk + (CustomerSignal.AT_RISK.equals(signal) ? 1 : 0),
                churned + (CustomerSignal.CHURNED.equals(signal) ? 1 : 0),
                reactivated + (CustomerSignal.REACTIVATED.equals(signal) ? 1 : 0),
                silentChurnRisk + (CustomerSignal.SILENT_CHURN_RISK.equals(signal) ? 1 : 0),
                loyalCritics + (CustomerSignal.LOYAL_CRITIC.equals(signal) ? 1 : 0),
                revenue);
    }

    /** Whether it adds nothing to any rollup. */
    public boolean isEmpty() {
        return active + retained + previousActive + newCustomers + atRisk + churned + reactivated
                + silentChurnRisk + loyalCritics == 0 && revenue == 0.0;
    }

    /** The segment value of a rollup dimension, null when unknown. */
    public String dimension(String name) {
        return switch (name) {
            case "tier" -> tier;
            case "product" -> product;
            case "region" -> region;
            default -> null;
        };
    }
}
