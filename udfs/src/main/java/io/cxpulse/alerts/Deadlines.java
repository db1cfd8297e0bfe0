package io.cxpulse.alerts;

/** Event times of things due, where {@link #NONE} means nothing is. */
public final class Deadlines {
    /** No deadline. */
    public static final long NONE = Long.MIN_VALUE;

    private Deadlines() {}

    /** The earlier of two deadlines, either of which may be {@link #NONE}. */
    public static long earliest(long a, long b) {
        if (a == NONE) {
            return b;
        }
        return b == NONE ? a : Math.min(a, b);
    }
}
