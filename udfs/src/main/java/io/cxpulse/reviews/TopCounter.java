package io.cxpulse.reviews;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts names (aspects, terms) in at most {@link #capacity} counters and lists the most
 * frequent: a mergeable Misra-Gries summary, so that a window's state does not grow with the
 * distinct words of its reviews. While a window has no more distinct names than the capacity,
 * every count is exact and merging is order-free. Beyond it, whenever more than
 * {@code capacity} names are counted, the ({@code capacity}+1)-th largest count is taken off
 * every counter and counters at zero are dropped: a listed count is then never above the true
 * one and at most {@code n / (capacity + 1)} below it, for {@code n} mentions in the window, and
 * any name mentioned more than that is listed. A public-field POJO so that it can live in a
 * window accumulator; Flink 2 serializes the map field with its own map serializer.
 */
public class TopCounter {
    /** Counters per window and segment: far above the distinct negative terms of a day's reviews. */
    public static final int DEFAULT_CAPACITY = 1000;

    private static final NameCount[] NONE = new NameCount[0];
    private static final Comparator<NameCount> MOST_FIRST = Comparator
            .comparingLong(NameCount::count).reversed()
            .thenComparing(NameCount::name);

    public Map<String, Long> counts = new HashMap<>();
    /** The most names counted at once. */
    public int capacity = DEFAULT_CAPACITY;

    public void add(String name) {
        counts.merge(name, 1L, Long::sum);
        bound();
    }

    public TopCounter merge(TopCounter other) {
        other.counts.forEach((name, count) -> counts.merge(name, count, Long::sum));
        bound();
        return this;
    }

    /** The n names counted most, most first; names with equal counts in alphabetical order. */
    public NameCount[] top(int n) {
        if (counts.isEmpty()) {
            return NONE;
        }
        return counts.entrySet().stream()
                .map(e -> new NameCount(e.getKey(), e.getValue()))
                .sorted(MOST_FIRST)
                .limit(n)
                .toArray(NameCount[]::new);
    }

    private void bound() {
        if (counts.size() <= capacity) {
            return;
        }
        long[] values = counts.values().stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        long cut = values[values.length - 1 - capacity];
        for (Iterator<Map.Entry<String, Long>> it = counts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> e = it.next();
            long left = e.getValue() - cut;
            if (left <= 0) {
                it.remove();
            } else {
                e.setValue(left);
            }
        }
    }
}
