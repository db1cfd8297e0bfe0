package io.cxpulse.alerts;

/**
 * What a counting rule remembers per subject: matches per step over the current window (a ring
 * of buckets) and the subject's usual matches per step (an EWMA of the buckets that left the
 * window). A public-field POJO.
 */
public class CountState {
    /** Index (time / step) of the newest bucket, or Long.MIN_VALUE before the first match. */
    public long newest = Long.MIN_VALUE;
    public int[] ring;
    /** Usual matches per step. */
    public double rate;
    /** Buckets folded into the rate so far. */
    public long folded;

    public CountState() {}

    public long inWindow() {
        long sum = 0;
        for (int c : ring) {
            sum += c;
        }
        return sum;
    }
}
