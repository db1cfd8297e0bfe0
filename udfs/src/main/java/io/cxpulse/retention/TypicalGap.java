package io.cxpulse.retention;

import java.util.Arrays;

/**
 * A customer's own typical gap between activities: the median of the last {@link #CAPACITY}
 * gaps. The median ignores the odd holiday or burst that would drag a mean (a customer who buys
 * monthly and once waited ten weeks still has a typical gap of a month), and a short window of
 * recent gaps follows a customer whose rhythm changes. Works on the plain {@code long[]} kept in
 * {@link CustomerState}, so the state stays a flat POJO.
 */
public final class TypicalGap {

    /** Gaps kept per customer. */
    public static final int CAPACITY = 9;

    private TypicalGap() {}

    /** The gaps with one more appended, the oldest dropped beyond {@link #CAPACITY}. */
    public static long[] add(long[] gaps, long gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("a gap is never negative: " + gap);
        }
        long[] out = gaps.length < CAPACITY
                ? Arrays.copyOf(gaps, gaps.length + 1)
                : Arrays.copyOfRange(gaps, 1, gaps.length + 1);
        out[out.length - 1] = gap;
        return out;
    }

    /** The median gap, the mean of the two middle ones for an even count; -1 without gaps. */
    public static long median(long[] gaps) {
        if (gaps.length == 0) {
            return -1;
        }
        long[] sorted = gaps.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * How long this customer may stay silent before counting as at risk: the multiple of the
     * typical gap, clamped to floor and ceiling; the ceiling until {@code minGaps} are known.
     */
    public static long atRiskAfter(long[] gaps, RetentionSettings s) {
        long ceiling = s.atRiskCeiling().toMillis();
        if (gaps.length < s.minGaps()) {
            return ceiling;
        }
        double scaled = s.atRiskMultiple() * median(gaps);
        long floor = s.atRiskFloor().toMillis();
        return (long) Math.max(floor, Math.min(ceiling, scaled));
    }
}
