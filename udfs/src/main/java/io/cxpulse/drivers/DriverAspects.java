package io.cxpulse.drivers;

import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import java.util.List;

/**
 * The aspects a driver table covers, numbered in the sentiment scorer's fixed order so that
 * accumulators can hold one array slot per aspect instead of a map.
 */
public final class DriverAspects {

    /** The scorer's aspect list itself. */
    public static final List<String> NAMES = Aspects.NAMES;

    public static final int COUNT = Aspects.COUNT;

    /** An aspect scoring below this is a negative mention: the scorer's negative label. */
    public static final double NEGATIVE_BELOW = -Sentiment.LABEL_THRESHOLD;

    private DriverAspects() {}

    /** @return the aspect number, or -1 when the name is not an aspect */
    public static int idOf(String name) {
        return Aspects.idOf(name);
    }

    public static boolean isNegative(double aspectScore) {
        return aspectScore < NEGATIVE_BELOW;
    }
}
