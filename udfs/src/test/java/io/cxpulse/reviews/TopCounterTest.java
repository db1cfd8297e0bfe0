package io.cxpulse.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
