package io.cxpulse.jobs.scenarios;

/**
 * A generated customer: its account and its rhythm of activity.
 *
 * @param meanGapMs mean time between its interactions
 * @param shape gamma shape of its gaps: 4 and above regular, below 1 bursty
 * @param silentFrom no activity from this time on (epoch ms); {@link Long#MAX_VALUE} for none
 */
record Customer(String id, boolean key, double annualValue, String product, String region,
        double meanGapMs, double shape, long silentFrom) {

    Customer silentFrom(long time) {
        return new Customer(id, key, annualValue, product, region, meanGapMs, shape, time);
    }
}
