package io.cxpulse.drivers;

import io.cxpulse.records.AspectDriver;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders a driver table: aspects with enough negative mentions first, by points lost
 * descending (the aspect that costs the group most first), then low-sample aspects by the same
 * rule. Aspects without
 * an impact come last in their group; ties go by aspect name.
 */
public final class DriverRanking {

    static final Comparator<AspectDriver> ORDER = Comparator
            .comparing(AspectDriver::lowSample)
            .thenComparing(AspectDriver::pointsLost,
                    Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(AspectDriver::aspect);

    private DriverRanking() {}

    /** The drivers sorted, each with its 1-based rank. */
    public static AspectDriver[] rank(AspectDriver[] drivers) {
        AspectDriver[] sorted = drivers.clone();
        Arrays.sort(sorted, ORDER);
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = sorted[i].withRank(i + 1);
        }
        return sorted;
    }
}
