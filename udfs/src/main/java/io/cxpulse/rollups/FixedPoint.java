package io.cxpulse.rollups;

/**
 * Decimal quantities (sentiment scores, account values, revenue) as whole millionths, so that
 * tallies add them as longs: exact, and the same whatever order partial tallies are merged in,
 * which keeps streaming and backfill rollups identical bit for bit. A millionth is far below the
 * 2 to 4 decimals the output rounds to. Sums throw on overflow (beyond about 9.2 trillion units)
 * instead of wrapping.
 */
public final class FixedPoint {
    /** Units per whole: fixed-point values are millionths. */
    public static final long SCALE = 1_000_000L;

    private FixedPoint() {}

    /** The nearest whole number of millionths of {@code value}. */
    public static long of(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= Long.MAX_VALUE / (double) SCALE) {
            throw new ArithmeticException("not a finite amount in range: " + value);
        }
        return Math.round(value * SCALE);
    }

    /** The fixed-point value as a double. */
    public static double toDouble(long units) {
        return (double) units / SCALE;
    }

    /** The mean of {@code count} values summing to {@code units}. */
    public static double mean(long units, long count) {
        return (double) units / SCALE / count;
    }

    /** Adds {@code from} into {@code into} slot by slot, exactly. */
    public static void addInto(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], from[i]);
        }
    }
}
