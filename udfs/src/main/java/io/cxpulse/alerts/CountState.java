package io.cxpulse.alerts;

/**
 * What a counting rule remembers per subject: matches and records per step over the current
 * window (two rings of buckets), and the subject's usual matches and records per step (EWMAs of
 * the buckets that left the window). A public-field POJO.
 */
public class CountState {
    /** Index (time / step) of the newest bucket, or Long.MIN_VALUE before the first input. */
    public long newest = Long.MIN_VALUE;
    /** Index of the first bucket of the subject's history. */
    public long born = Long.MIN_VALUE;
    /** Matches per bucket of the window. */
    public int[] ring;
    /** Records per bucket of the window, matching or not. */
    public int[] records;
    /** Usual matches per step. */
    public double rate;
    /** Usual records per step. */
    public double volume;
    /** Buckets folded into the rate and volume so far. */
    public long folded;
    /** The parent's share of matching records, NaN until an exposure brings one. */
    public double parentShare = Double.NaN;
    /** Event time of the parent's first record, as far as exposures told, or Long.MAX_VALUE. */
    public long parentSince = Long.MAX_VALUE;
    /** Records behind {@link #parentShare}, capped so that it follows change. */
    public double shareWeight;

    public CountState() {}

    public long inWindow() {
        return sum(ring);
    }

    /** Records of the subject in the window. */
    public long recordsInWindow() {
        return sum(records);
    }

    private static long sum(int[] buckets) {
        long sum = 0;
        for (int c : buckets) {
            sum += c;
        }
        return sum;
    }
}
