package io.cxpulse.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccountHistoryTest {

    @Test
    void theVersionAtATimeIsTheLatestAtOrBeforeIt() {
        AccountHistory h = new AccountHistory();
        h.add(200, "key", 500_000);
        h.add(100, "standard", 20_000);
        assertNull(h.at(99));
        assertEquals("standard", h.at(100).tier);
        assertEquals("standard", h.at(199).tier);
        assertEquals("key", h.at(200).tier);
        assertEquals(500_000.0, h.at(10_000).annualValue);
    }

    @Test
    void aRecordForTheSameTimeReplacesTheVersion() {
        AccountHistory h = new AccountHistory();
        h.add(100, "standard", 1);
        h.add(100, "key", 2);
        assertEquals(1, h.size());
        assertEquals("key", h.at(100).tier);
    }

    @Test
    void forgettingKeepsTheVersionStillInForce() {
        AccountHistory h = new AccountHistory();
        h.add(100, "a", 1);
        h.add(200, "b", 2);
        h.add(300, "c", 3);
        h.forgetBefore(250);
        assertEquals(2, h.size());
        assertNull(h.at(199));
        assertEquals("b", h.at(260).tier);
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
        assertNull(h.at(29));
        assertEquals("t3", h.at(30).tier);
    }

    @Test
    void paretoMembershipAtATimeIsTheLatestChangeAtOrBeforeIt() {
        AccountHistory h = new AccountHistory();
        h.setParetoMember(300, false);
        h.setParetoMember(100, true);
        assertEquals(false, h.paretoMemberAt(99));
        assertEquals(true, h.paretoMemberAt(100));
        assertEquals(true, h.paretoMemberAt(299));
        assertEquals(false, h.paretoMemberAt(300));
    }

    @Test
    void forgettingKeepsTheMembershipInForceAtTheTime() {
        AccountHistory h = new AccountHistory();
        h.setParetoMember(100, true);
        h.setParetoMember(200, false);
        h.setParetoMember(300, true);
        h.forgetBefore(250);
        assertEquals(2, h.paretoTimes.length);
        assertEquals(false, h.paretoMemberAt(250));
        assertEquals(true, h.paretoMemberAt(300));
    }
}
