package io.cxpulse.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.TimeUtils;

/** Window sizes as written in configuration ({@code 1h,1d}) and as labelled in output. */
public final class WindowSizes {
    private WindowSizes() {}

    /** Parses a comma-separated list such as {@code 15m,1h,1d}. */
    public static List<Duration> parseList(String text) {
        List<Duration> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                Duration size = TimeUtils.parseDuration(part.trim());
                if (size.isZero() || size.isNegative()) {
                    throw new IllegalArgumentException("window size must be positive: " + part);
                }
                sizes.add(size);
            }
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("at least one window size is needed");
        }
        return List.copyOf(sizes);
    }

    /** A short label in the largest whole unit: {@code 1d}, {@code 6h}, {@code 15m}, {@code 30s}. */
    public static String label(Duration size) {
        long millis = size.toMillis();
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (millis % units[i] == 0) {
                return millis / units[i] + names[i];
            }
        }
        return millis + "ms";
    }
}
