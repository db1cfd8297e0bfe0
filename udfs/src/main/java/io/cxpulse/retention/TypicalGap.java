package io.cxpulse.retention;

import java.util.Arrays;

/**
 * A customer's own gaps between activities, the last {@link #CAPACITY} of them: their median is
 * the typical gap shown in signals, and {@link #atRiskAfter} the silence they make unlikely. The median ignores the odd holiday or burst that would drag a mean (a customer who buys
 * monthly and once waited ten weeks still has a typical gap of a month), and a short window of
 * recent gaps follows a customer whose rhythm changes. Works on the plain {@code long[]} kept in
 * {@link CustomerState}, so the state stays a flat POJO.
 */
public final class TypicalGap {

    /** Gaps kept per customer. */
    public static final int CAPACITY = 16;

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

    /** A week, the unit of the false-alarm rate. */
    static final long WEEK = 7 * 86_400_000L;

    /** {@link #atRiskAfter(long[], RetentionSettings)} of the customer's gaps, kept until they change. */
    public static long atRiskAfter(CustomerState s, RetentionSettings settings) {
        if (s.atRiskAfter == CustomerState.NONE) {
            s.atRiskAfter = atRiskAfter(s.gaps, settings);
        }
        return s.atRiskAfter;
    }

    /**
     * How long this customer may stay silent before counting as at risk: the gap its own gaps
     * make unlikely, the one the next gap exceeds with probability {@link #exceedance} under a
     * gamma fit to the kept gaps ({@link GammaGaps}), clamped to floor and ceiling; the ceiling
     * until {@code minGaps} are known. Gaps under an hour count as an hour (one visit).
     */
    public static long atRiskAfter(long[] gaps, RetentionSettings s) {
        long ceiling = s.atRiskCeiling().toMillis();
        if (gaps.length < s.minGaps()) {
            return ceiling;
        }
        double[] days = new double[gaps.length];
        double sum = 0;
        for (int i = 0; i < gaps.length; i++) {
            days[i] = Math.max(gaps[i], GammaGaps.MIN_GAP_MILLIS) / 86_400_000.0;
            sum += days[i];
        }
        double p = exceedance(sum / gaps.length * 86_400_000.0, s.falseAlarmRate());
        double limit = GammaGaps.quantile(days, p) * 86_400_000.0;
        long floor = s.atRiskFloor().toMillis();
        return (long) Math.max(floor, Math.min(ceiling, limit));
    }

    /**
     * The chance per gap that keeps the false-alarm rate per week: a customer active daily has
     * seven gaps a week, each allowed a seventh of the rate; one active weekly or less often is
     * allowed the rate per gap.
     */
    static double exceedance(double meanGapMillis, double ratePerWeek) {
        return ratePerWeek * Math.min(1, meanGapMillis / WEEK);
    }
}
