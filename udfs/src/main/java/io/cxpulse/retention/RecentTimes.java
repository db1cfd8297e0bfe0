package io.cxpulse.retention;

import java.util.Arrays;

/**
 * Small time-ordered arrays of recent events (purchases with their amounts, support tickets),
 * kept in {@link CustomerState} as plain arrays and cut to a horizon and a capacity.
 */
public final class RecentTimes {

    /** Entries kept at most; the oldest go first. */
    public static final int CAPACITY = 16;

    private RecentTimes() {}

    /** Index of the first entry after the cutoff. */
    static int firstAfter(long[] times, long cutoff) {
        int i = 0;
        while (i < times.length && times[i] <= cutoff) {
            i++;
        }
        return i;
    }

    /** The times with one more inserted in time order, the oldest dropped beyond the capacity. */
    static long[] add(long[] times, long time) {
        int at = insertionPoint(times, time);
        long[] out = new long[times.length + 1];
        System.arraycopy(times, 0, out, 0, at);
        out[at] = time;
        System.arraycopy(times, at, out, at + 1, times.length - at);
        return out.length > CAPACITY ? Arrays.copyOfRange(out, 1, out.length) : out;
    }

    /** The amounts matching {@link #add(long[], long)} of the same time. */
    static double[] add(double[] amounts, long[] times, long time, double amount) {
        int at = insertionPoint(times, time);
        double[] out = new double[amounts.length + 1];
        System.arraycopy(amounts, 0, out, 0, at);
        out[at] = amount;
        System.arraycopy(amounts, at, out, at + 1, amounts.length - at);
        return out.length > CAPACITY ? Arrays.copyOfRange(out, 1, out.length) : out;
    }

    private static int insertionPoint(long[] times, long time) {
        int at = times.length;
        while (at > 0 && times[at - 1] > time) {
            at--;
        }
        return at;
    }

    /** Entries at or before the time. */
    static int countUpTo(long[] times, long time) {
        int n = 0;
        for (long t : times) {
            n += t <= time ? 1 : 0;
        }
        return n;
    }

    /** Sum of the amounts whose time lies in (from, to]. */
    static double sum(long[] times, double[] amounts, long from, long to) {
        double s = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > from && times[i] <= to) {
                s += amounts[i];
            }
        }
        return s;
    }
}
