package io.cxpulse.drivers;

import io.cxpulse.records.DriverRollup;

/** A window accumulator of one segment's driver counts that can state its driver table. */
public interface DriverTally {

    /**
     * The segment's rollup.
     *
     * @param minNegative negative mentions an aspect needs not to be flagged low-sample
     */
    DriverRollup rollup(String dimension, String value, String window, long windowStart,
            long windowEnd, long minNegative, int revision);
}
