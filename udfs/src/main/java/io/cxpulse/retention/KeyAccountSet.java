package io.cxpulse.retention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Pareto set of key accounts: the smallest set of customers whose annual values make up at
 * least a given share of the total, taking the most valuable first (equal values by customer id,
 * so the set is the same whatever the order of updates). Recomputed on every change of an
 * account's value; O(n log n) per change, fine for thousands of accounts. Pure.
 */
public final class KeyAccountSet {

    /** A customer entering ({@code member} true) or leaving the set. */
    public record Change(String customerId, boolean member) {}

    private static final Comparator<Map.Entry<String, Double>> MOST_VALUABLE_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey());

    private final double share;
    private final Map<String, Double> values = new HashMap<>();
    private Set<String> members = Set.of();

    public KeyAccountSet(double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in (0, 1): " + share);
        }
        this.share = share;
    }

    /**
     * Sets a customer's annual value (0 or less removes the customer from the ranking).
     *
     * @return the customers who entered or left the set, leavers first, each in id order
     */
    public List<Change> update(String customerId, double annualValue) {
        if (annualValue > 0) {
            values.put(customerId, annualValue);
        } else {
            values.remove(customerId);
        }
        Set<String> now = compute();
        List<Change> changes = new ArrayList<>();
        members.stream().filter(id -> !now.contains(id)).sorted()
                .forEach(id -> changes.add(new Change(id, false)));
        now.stream().filter(id -> !members.contains(id)).sorted()
                .forEach(id -> changes.add(new Change(id, true)));
        members = now;
        return changes;
    }

    public boolean contains(String customerId) {
        return members.contains(customerId);
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    private Set<String> compute() {
        double total = 0;
        for (double v : values.values()) {
            total += v;
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(MOST_VALUABLE_FIRST);
        Set<String> set = new HashSet<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : ranked) {
            if (sum >= share * total) {
                break;
            }
            set.add(e.getKey());
            sum += e.getValue();
        }
        return set;
    }
}
