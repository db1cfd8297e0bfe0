package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeadlinesTest {
    @Test
    void theEarlierOfTwoWhereNoneIsNeverEarlier() {
        assertEquals(5, Deadlines.earliest(5, 9));
        assertEquals(5, Deadlines.earliest(9, 5));
        assertEquals(7, Deadlines.earliest(Deadlines.NONE, 7));
        assertEquals(7, Deadlines.earliest(7, Deadlines.NONE));
        assertEquals(Deadlines.NONE, Deadlines.earliest(Deadlines.NONE, Deadlines.NONE));
        assertEquals(-3, Deadlines.earliest(-3, 0), "times before 1970 are deadlines too");
    }
}
