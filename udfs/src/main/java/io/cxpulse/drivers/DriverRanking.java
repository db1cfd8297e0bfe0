package io.cxpulse.drivers;

import io.cxpulse.records.AspectDriver;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders a driver table. Within two groups, aspects with enough negative mentions first and
 * low-sample aspects after them:
 *
 * <ol>
 *   <li>aspects that every record of the segment criticises ({@link
 *       AspectDriver#criticisedByAll()}): nobody is left to compare them with, so their points
 *       lost are unknown (null), yet they are the most widespread complaint there can be, so
 *       they come first. Since every detractor is among those who criticise them, no aspect
 *       that fewer detractors criticise can rank above them;
 *   <li>the others by points lost descending (the aspect that costs the segment most first);
 *       an aspect nobody criticises has no points lost and comes last.
 * </ol>
 *
 * Ties go to the more widespread complaint (more negative mentions, then more detractor
 * mentions), then by aspect name, so that the order never depends on the input's order.
 */
public final class DriverRanking {

    static final Comparator<AspectDriver> ORDER = Comparator
            .comparing(AspectDriver::lowSample)
            .thenComparing(d -> !d.criticisedByAll())
            .thenComparing(AspectDriver::pointsLost,
                    Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(Comparator.comparingLong(AspectDriver::negativeMentions).reversed())
            .thenComparing(Comparator.comparingLong(AspectDriver::detractorMentions).reversed())
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
