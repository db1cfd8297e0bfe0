package io.cxpulse.retention;

import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.RetentionRollup;
import io.cxpulse.rollups.FixedPoint;

/**
 * Running sums of one segment's retention facts in one window. A public-field POJO so that it
 * can serve directly as a window accumulator.
 */
public class RetentionTally {

    public long active;
    public long retained;
    public long previousActive;
    public long newCustomers;
    public long atRisk;
    public long churned;
    public long reactivated;
    public long silentChurnRisk;
    public long loyalCritics;
    /** Revenue in {@link FixedPoint} millionths, so that merging is exact. */
    public long revenue;

    public void add(RetentionFact f) {
        long units = FixedPoint.of(f.revenue());
        active += f.active();
        retained += f.retained();
        previousActive += f.previousActive();
        newCustomers += f.newCustomers();
        atRisk += f.atRisk();
        churned += f.churned();
        reactivated += f.reactivated();
        silentChurnRisk += f.silentChurnRisk();
        loyalCritics += f.loyalCritics();
        revenue = Math.addExact(revenue, units);
    }

    public RetentionTally merge(RetentionTally o) {
        active += o.active;
        retained += o.retained;
        previousActive += o.previousActive;
        newCustomers += o.newCustomers;
        atRisk += o.atRisk;
        churned += o.churned;
        reactivated += o.reactivated;
        silentChurnRisk += o.silentChurnRisk;
        loyalCritics += o.loyalCritics;
        revenue = Math.addExact(revenue, o.revenue);
        return this;
    }

    /** The rollup of a window; rates are null where their denominator is 0. */
    public RetentionRollup rollup(String dimension, String value, String window, long start,
            long end, int revision) {
        return new RetentionRollup(window, start, end, dimension, value, active, newCustomers,
                atRisk, churned, reactivated, previousActive, retained,
                previousActive == 0 ? null : (double) retained / previousActive,
                FixedPoint.toDouble(revenue),
                active == 0 ? null : FixedPoint.mean(revenue, active), silentChurnRisk,
                loyalCritics, revision);
    }
}
