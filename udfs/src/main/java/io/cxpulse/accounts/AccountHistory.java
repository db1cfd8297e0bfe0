package io.cxpulse.accounts;

import io.cxpulse.serde.Whitespace;
import java.util.Arrays;

/**
 * The versions of one customer's account over event time, oldest first, so that a survey
 * response is weighed by the account as it was when the customer answered; and, apart, the
 * customer's entries into and exits from the Pareto set of key accounts, which change at other
 * times than the account record. A public-field POJO kept in keyed state; at most
 * {@link #MAX_VERSIONS} versions and as many membership changes are kept.
 */
public class AccountHistory {

    public static final int MAX_VERSIONS = 8;
    /** The tier of a customer without an account record. */
    public static final String UNKNOWN_TIER = "unknown";

    public AccountVersion[] versions = new AccountVersion[0];
    /** Times of the changes of Pareto membership, oldest first, and the membership from each. */
    public long[] paretoTimes = new long[0];
    public boolean[] paretoMember = new boolean[0];

    /** Records the account as of a time; a later record for the same time replaces it. */
    public void add(long time, String tier, double annualValue) {
        AccountVersion version = new AccountVersion(time, tier, annualValue);
        int at = search(time);
        if (at >= 0) {
            versions[at] = version;
            return;
        }
        int insert = -at - 1;
        AccountVersion[] grown = new AccountVersion[versions.length + 1];
        System.arraycopy(versions, 0, grown, 0, insert);
        grown[insert] = version;
        System.arraycopy(versions, insert, grown, insert + 1, versions.length - insert);
        versions = grown;
        if (versions.length > MAX_VERSIONS) {
            dropOldest(versions.length - MAX_VERSIONS);
        }
    }

    /** @return the latest version at or before the time, or null when there is none */
    public AccountVersion at(long time) {
        int at = search(time);
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? null : versions[index];
    }

    /**
     * Forgets versions that no response at or after the time can need: all but the latest of
     * those at or before it.
     */
    public void forgetBefore(long time) {
        int at = search(time);
        int latest = at >= 0 ? at : -at - 2;
        if (latest > 0) {
            dropOldest(latest);
        }
        int latestChange = latestParetoChangeAt(time);
        if (latestChange > 0) {
            dropOldestParetoChanges(latestChange);
        }
    }

    /** Whether {@link #forgetBefore} the time would forget anything. */
    public boolean canForgetBefore(long time) {
        int at = search(time);
        return (at >= 0 ? at : -at - 2) > 0 || latestParetoChangeAt(time) > 0;
    }

    /** Records the customer entering ({@code member}) or leaving the Pareto set at a time. */
    public void setParetoMember(long time, boolean member) {
        int at = Arrays.binarySearch(paretoTimes, time);
        if (at >= 0) {
            paretoMember[at] = member;
            return;
        }
        int insert = -at - 1;
        long[] times = new long[paretoTimes.length + 1];
        boolean[] members = new boolean[paretoMember.length + 1];
        System.arraycopy(paretoTimes, 0, times, 0, insert);
        System.arraycopy(paretoMember, 0, members, 0, insert);
        times[insert] = time;
        members[insert] = member;
        System.arraycopy(paretoTimes, insert, times, insert + 1, paretoTimes.length - insert);
        System.arraycopy(paretoMember, insert, members, insert + 1, paretoMember.length - insert);
        paretoTimes = times;
        paretoMember = members;
        if (paretoTimes.length > MAX_VERSIONS) {
            dropOldestParetoChanges(paretoTimes.length - MAX_VERSIONS);
        }
    }

    /** Whether the customer was in the Pareto set at the time; false before any change. */
    public boolean paretoMemberAt(long time) {
        int index = latestParetoChangeAt(time);
        return index >= 0 && paretoMember[index];
    }

    /** The tier as of the time, {@code unknown} without an account record or with a blank tier. */
    public String tierAt(long time) {
        AccountVersion version = at(time);
        String tier = version == null ? null : version.tier;
        return tier == null || Whitespace.isBlank(tier) ? UNKNOWN_TIER : tier;
    }

    /** The annual value as of the time, the weight of a response; 1 when unknown or not positive. */
    public double weightAt(long time) {
        AccountVersion version = at(time);
        return version != null && version.annualValue > 0.0 ? version.annualValue : 1.0;
    }

    /** Whether the customer was a key account at the time ({@link KeyAccounts}). */
    public boolean keyAccountAt(long time) {
        return KeyAccounts.isKeyAccount(tierAt(time), paretoMemberAt(time));
    }

    public int size() {
        return versions.length;
    }

    private int search(long time) {
        int low = 0;
        int high = versions.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long t = versions[mid].time;
            if (t < time) {
                low = mid + 1;
            } else if (t > time) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private void dropOldest(int n) {
        versions = Arrays.copyOfRange(versions, n, versions.length);
    }

    private int latestParetoChangeAt(long time) {
        int at = Arrays.binarySearch(paretoTimes, time);
        return at >= 0 ? at : -at - 2;
    }

    private void dropOldestParetoChanges(int n) {
        paretoTimes = Arrays.copyOfRange(paretoTimes, n, paretoTimes.length);
        paretoMember = Arrays.copyOfRange(paretoMember, n, paretoMember.length);
    }
}
