package io.cxpulse.retention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Pareto set of key accounts: the smallest set of customers whose annual values make up at
 * least a given share of the total, taking the most valuable first (equal values by customer id,
 * so the set is the same whatever the order of updates). Values are summed exactly, in
 * millionths, so the boundary does not depend on the order of updates either.
 *
 * <p>Kept incrementally: the ranking is split into members and the rest, with the members' sum;
 * a change of value moves the customer and then the boundary, one customer at a time, so an
 * update costs O(log n) per customer that enters or leaves.
 */
public final class KeyAccountSet {

    /** A customer entering ({@code member} true) or leaving the set. */
    public record Change(String customerId, boolean member) {}

    private record Ranked(long micros, String customerId) {}

    private static final Comparator<Ranked> MOST_VALUABLE_FIRST =
            Comparator.comparingLong(Ranked::micros).reversed()
                    .thenComparing(Ranked::customerId);

    private final BigDecimal share;
    private final Map<String, Long> values = new HashMap<>();
    private final TreeSet<Ranked> members = new TreeSet<>(MOST_VALUABLE_FIRST);
    private final TreeSet<Ranked> rest = new TreeSet<>(MOST_VALUABLE_FIRST);
    private long total;
    private long membersTotal;

    public KeyAccountSet(double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in (0, 1): " + share);
        }
        this.share = BigDecimal.valueOf(share);
    }

    /**
     * Sets a customer's annual value (0 or less removes the customer from the ranking).
     *
     * @return the customers who entered or left the set, leavers first, each in id order
     * @throws ArithmeticException when the total no longer fits (above about 9 × 10^12)
     */
    public List<Change> update(String customerId, double annualValue) {
        long micros = annualValue > 0 ? toMicros(annualValue) : 0;
        Long old = values.get(customerId);
        long newTotal = Math.addExact(total - (old == null ? 0 : old), micros);
        // membership before, of every customer this update moves
        Map<String, Boolean> before = new TreeMap<>();
        if (old != null) {
            Ranked was = new Ranked(old, customerId);
            before.put(customerId, members.contains(was));
            if (members.remove(was)) {
                membersTotal -= old;
            } else {
                rest.remove(was);
            }
            values.remove(customerId);
        } else {
            before.put(customerId, false);
        }
        total = newTotal;
        if (micros > 0) {
            values.put(customerId, micros);
            Ranked now = new Ranked(micros, customerId);
            if (!members.isEmpty() && MOST_VALUABLE_FIRST.compare(now, members.last()) < 0) {
                members.add(now);
                membersTotal += micros;
            } else {
                rest.add(now);
            }
        }
        moveBoundary(before);
        List<Change> leavers = new ArrayList<>();
        List<Change> joiners = new ArrayList<>();
        before.forEach((id, was) -> {
            Long value = values.get(id);
            boolean is = value != null && members.contains(new Ranked(value, id));
            if (was && !is) {
                leavers.add(new Change(id, false));
            } else if (!was && is) {
                joiners.add(new Change(id, true));
            }
        });
        leavers.addAll(joiners);
        return leavers;
    }

    /** Moves customers across the boundary until the members are the smallest prefix enough. */
    private void moveBoundary(Map<String, Boolean> before) {
        BigDecimal target = share.multiply(BigDecimal.valueOf(total));
        while (!rest.isEmpty() && BigDecimal.valueOf(membersTotal).compareTo(target) < 0) {
            Ranked next = rest.pollFirst();
            before.putIfAbsent(next.customerId(), false);
            members.add(next);
            membersTotal += next.micros();
        }
        while (!members.isEmpty() && BigDecimal.valueOf(membersTotal - members.last().micros())
                .compareTo(target) >= 0) {
            Ranked last = members.pollLast();
            before.putIfAbsent(last.customerId(), true);
            membersTotal -= last.micros();
            rest.add(last);
        }
    }

    private static long toMicros(double value) {
        double micros = Math.rint(value * 1e6);
        if (!(micros < 9.2e18)) {
            throw new ArithmeticException("annual value too large: " + value);
        }
        return (long) micros;
    }

    public boolean contains(String customerId) {
        Long value = values.get(customerId);
        return value != null && members.contains(new Ranked(value, customerId));
    }

    public Set<String> members() {
        return members.stream().map(Ranked::customerId).collect(Collectors.toUnmodifiableSet());
    }
}
