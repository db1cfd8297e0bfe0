package io.cxpulse.accounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccountHistoryTest {

    @Test
    void theVersionAtATimeIsTheLatestAtOrBeforeIt() {
        AccountHistory h = new AccountHistory();
        h.add(200, "key", 500_000);
        h.add(100, "standard", 20_000);
        assertEquals(-1, h.versionAt(99));
        assertEquals("standard", h.tiers[h.versionAt(100)]);
        assertEquals("standard", h.tiers[h.versionAt(199)]);
        assertEquals("key", h.tiers[h.versionAt(200)]);
        assertEquals(500_000.0, h.values[h.versionAt(10_000)]);
    }

    @Test
    void aRecordForTheSameTimeReplacesTheVersion() {
        AccountHistory h = new AccountHistory();
        h.add(100, "standard", 1);
        h.add(100, "key", 2);
        assertEquals(1, h.size());
        assertEquals("key", h.tiers[0]);
    }

    @Test
    void forgettingKeepsTheVersionStillInForce() {
        AccountHistory h = new AccountHistory();
        h.add(100, "a", 1);
        h.add(200, "b", 2);
        h.add(300, "c", 3);
        h.forgetBefore(250);
        assertArrayEquals(new long[] {200, 300}, h.times);
        assertEquals("b", h.tiers[h.versionAt(260)]);
        h.forgetBefore(50);
        assertEquals(2, h.size());
    }

    @Test
    void keepsAtMostTheNewestVersions() {
        AccountHistory h = new AccountHistory();
        for (int i = 0; i < AccountHistory.MAX_VERSIONS + 3; i++) {
            h.add(i * 10L, "t" + i, i);
        }
        assertEquals(AccountHistory.MAX_VERSIONS, h.size());
        assertEquals(30L, h.times[0]);
    }
}
