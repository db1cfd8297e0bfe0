package io.cxpulse.accounts;

import java.util.Arrays;

/**
 * The versions of one customer's account over event time, oldest first, so that a survey
 * response is weighed by the account as it was when the customer answered. A public-field POJO
 * kept in keyed state; at most {@link #MAX_VERSIONS} versions are kept.
 */
public class AccountHistory {

    public static final int MAX_VERSIONS = 8;

    public long[] times = new long[0];
    public String[] tiers = new String[0];
    public double[] values = new double[0];

    /** Records the account as of a time; a later record for the same time replaces it. */
    public void add(long time, String tier, double annualValue) {
        int at = Arrays.binarySearch(times, time);
        if (at >= 0) {
            tiers[at] = tier;
            values[at] = annualValue;
            return;
        }
        int insert = -at - 1;
        times = insertLong(times, insert, time);
        tiers = insertString(tiers, insert, tier);
        values = insertDouble(values, insert, annualValue);
        if (times.length > MAX_VERSIONS) {
            dropOldest(times.length - MAX_VERSIONS);
        }
    }

    /** @return the index of the latest version at or before the time, or -1 when none is */
    public int versionAt(long time) {
        int at = Arrays.binarySearch(times, time);
        return at >= 0 ? at : -at - 2;
    }

    /**
     * Forgets versions that no response at or after the time can need: all but the latest of
     * those at or before it.
     */
    public void forgetBefore(long time) {
        int latest = versionAt(time);
        if (latest > 0) {
            dropOldest(latest);
        }
    }

    public int size() {
        return times.length;
    }

    private void dropOldest(int n) {
        times = Arrays.copyOfRange(times, n, times.length);
        tiers = Arrays.copyOfRange(tiers, n, tiers.length);
        values = Arrays.copyOfRange(values, n, values.length);
    }

    private static long[] insertLong(long[] a, int i, long v) {
        long[] b = new long[a.length + 1];
        System.arraycopy(a, 0, b, 0, i);
        b[i] = v;
        System.arraycopy(a, i, b, i + 1, a.length - i);
        return b;
    }

    private static double[] insertDouble(double[] a, int i, double v) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 0, i);
        b[i] = v;
        System.arraycopy(a, i, b, i + 1, a.length - i);
        return b;
    }

    private static String[] insertString(String[] a, int i, String v) {
        String[] b = new String[a.length + 1];
        System.arraycopy(a, 0, b, 0, i);
        b[i] = v;
        System.arraycopy(a, i, b, i + 1, a.length - i);
        return b;
    }
}
