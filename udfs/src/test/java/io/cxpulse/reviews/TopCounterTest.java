package io.cxpulse.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopCounterTest {

    private static TopCounter counted(String... names) {
        TopCounter c = new TopCounter();
        for (String name : names) {
            c.add(name);
        }
        return c;
    }

    @Test
    void mostCountedFirst() {
        TopCounter c = counted("price", "billing", "billing", "support", "billing", "price");
        assertArrayEquals(new NameCount[] {
                new NameCount("billing", 3), new NameCount("price", 2), new NameCount("support", 1)},
                c.top(5));
    }

    @Test
    void equalCountsAreOrderedByNameAndCutAtN() {
        // delivery 2, app 2, support 2, billing 2, price 1: four tie at 2, alphabetical decides
        TopCounter c = counted("support", "delivery", "price", "billing", "app",
                "support", "delivery", "billing", "app");
        assertArrayEquals(new NameCount[] {
                new NameCount("app", 2), new NameCount("billing", 2), new NameCount("delivery", 2)},
                c.top(3));
    }

    @Test
    void fewerNamesThanNListsThemAll() {
        assertEquals(1, counted("app").top(5).length);
        assertEquals(0, new TopCounter().top(5).length);
    }

    @Test
    void mergeAddsCounts() {
        TopCounter a = counted("billing", "app");
        TopCounter b = counted("billing", "price", "price", "price");
        assertArrayEquals(new NameCount[] {
                new NameCount("price", 3), new NameCount("billing", 2), new NameCount("app", 1)},
                a.merge(b).top(5));
    }

    @Test
    void countsStayExactUpToTheCapacityWhateverTheMergeOrder() {
        TopCounter a = counted("a", "b", "c");
        TopCounter b = counted("c", "d");
        a.capacity = 4;
        b.capacity = 4;
        TopCounter ab = counted();
        ab.capacity = 4;
        ab.merge(a).merge(b);
        TopCounter ba = counted();
        ba.capacity = 4;
        ba.merge(b).merge(a);
        assertEquals(ab.counts, ba.counts);
        assertEquals(java.util.Map.of("a", 1L, "b", 1L, "c", 2L, "d", 1L), ab.counts);
    }

    @Test
    void beyondTheCapacityTheStateStaysBoundedAndFrequentNamesStayListed() {
        TopCounter c = new TopCounter();
        c.capacity = 10;
        long mentions = 0;
        for (int i = 0; i < 5000; i++) {
            c.add("rare-" + i);
            mentions++;
            if (i % 4 == 0) {
                c.add("often");
                mentions++;
            }
        }
        assertTrue(c.counts.size() <= 10, c.counts.toString());
        NameCount top = c.top(1)[0];
        assertEquals("often", top.name());
        assertTrue(top.count() <= 1250, "never above the true count");
        assertTrue(top.count() >= 1250 - mentions / 11, "at most n / (capacity + 1) below it");
    }
}
