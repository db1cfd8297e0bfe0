package io.cxpulse.accounts;

import java.util.Arrays;

/**
 * The versions of one customer's account over event time, oldest first, so that a survey
 * response is weighed by the account as it was when the customer answered. A public-field POJO
 * kept in keyed state; at most {@link #MAX_VERSIONS} versions are kept.
 */
public class AccountHistory {

    public static final int MAX_VERSIONS = 8;

    public AccountVersion[] versions = new AccountVersion[0];

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
}
