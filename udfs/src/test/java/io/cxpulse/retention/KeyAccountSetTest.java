package io.cxpulse.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
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
}
