package io.cxpulse.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeyAccountSetTest {

    @Test
    void smallestSetMakingUpTheShareMostValuableFirst() {
        KeyAccountSet set = new KeyAccountSet(0.8);
        set.update("A", 500);
        set.update("B", 300);
        set.update("C", 100);
        set.update("D", 60);
        set.update("E", 40);
        // total 1000: A+B = 800 reaches 80%
        assertEquals(Set.of("A", "B"), set.members());
    }

    @Test
    void reportsWhoEntersAndLeavesAsValuesChange() {
        KeyAccountSet set = new KeyAccountSet(0.8);
        assertEquals(List.of(new KeyAccountSet.Change("A", true)), set.update("A", 500));
        set.update("B", 300);
        set.update("C", 100);
        set.update("D", 100);
        assertEquals(Set.of("A", "B"), set.members());
        // B shrinks to 50: total 750, 80% is 600 = A + C (C before D on equal value)
        assertEquals(List.of(new KeyAccountSet.Change("B", false), new KeyAccountSet.Change("C", true)),
                set.update("B", 50));
        assertEquals(List.of(), set.update("D", 90), "no change in membership, nothing reported");
    }

    @Test
    void sameValuesGiveTheSameSetInAnyOrder() {
        KeyAccountSet a = new KeyAccountSet(0.5);
        KeyAccountSet b = new KeyAccountSet(0.5);
        for (String id : List.of("A", "B", "C", "D")) {
            a.update(id, 10);
        }
        for (String id : List.of("D", "C", "B", "A")) {
            b.update(id, 10);
        }
        assertEquals(Set.of("A", "B"), a.members(), "ties broken by id");
        assertEquals(a.members(), b.members());
    }

    @Test
    void zeroValueLeavesTheRanking() {
        KeyAccountSet set = new KeyAccountSet(0.8);
        set.update("A", 100);
        assertEquals(List.of(new KeyAccountSet.Change("A", false)), set.update("A", 0));
        assertEquals(Set.of(), set.members());
    }

    @Test
    void incrementalSetIsTheRankedPrefixAfterEveryUpdate() {
        // seeded random updates: values with ties, zeros (leaving) and repeats per customer; after
        // each, the set and the changes reported must be those of ranking everything again
        Random random = new Random(41);
        for (double share : new double[] {0.2, 0.5, 0.8, 0.95}) {
            KeyAccountSet set = new KeyAccountSet(share);
            Map<String, Double> values = new HashMap<>();
            Set<String> members = Set.of();
            for (int i = 0; i < 3_000; i++) {
                String id = "C" + random.nextInt(150);
                double value = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 10 * (1 + random.nextInt(5));
                    default -> Math.round(random.nextDouble() * 1e7) / 100.0;
                };
                List<KeyAccountSet.Change> changes = set.update(id, value);
                if (value > 0) {
                    values.put(id, value);
                } else {
                    values.remove(id);
                }
                Set<String> expected = rankedPrefix(values, share);
                assertEquals(expected, set.members(), "share " + share + ", update " + i);
                assertEquals(diff(members, expected), changes, "share " + share + ", update " + i);
                members = expected;
            }
        }
    }

    /** Ranks every customer again: most valuable first, ties by id, exact decimal sums. */
    private static Set<String> rankedPrefix(Map<String, Double> values, double share) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        BigDecimal total = values.values().stream().map(BigDecimal::valueOf)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = BigDecimal.valueOf(share).multiply(total);
        Set<String> set = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Double> e : ranked) {
            if (sum.compareTo(target) >= 0) {
                break;
            }
            set.add(e.getKey());
            sum = sum.add(BigDecimal.valueOf(e.getValue()));
        }
        return set;
    }

    private static List<KeyAccountSet.Change> diff(Set<String> before, Set<String> after) {
        List<KeyAccountSet.Change> changes = new ArrayList<>();
        new TreeSet<>(before).stream().filter(id -> !after.contains(id))
                .forEach(id -> changes.add(new KeyAccountSet.Change(id, false)));
        new TreeSet<>(after).stream().filter(id -> !before.contains(id))
                .forEach(id -> changes.add(new KeyAccountSet.Change(id, true)));
        return changes;
    }
}
