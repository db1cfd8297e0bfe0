package io.cxpulse.reviews;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts names (aspects, terms) and lists the most frequent. A public-field POJO so that it can
 * live in a window accumulator; Flink 2 serializes the map field with its own map serializer.
 */
public class TopCounter {
    private static final NameCount[] NONE = new NameCount[0];
    private static final Comparator<NameCount> MOST_FIRST = Comparator
            .comparingLong(NameCount::count).reversed()
            .thenComparing(NameCount::name);

    public Map<String, Long> counts = new HashMap<>();

    public void add(String name) {
        counts.merge(name, 1L, Long::sum);
    }

    public TopCounter merge(TopCounter other) {
        other.counts.forEach((name, count) -> counts.merge(name, count, Long::sum));
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
}
