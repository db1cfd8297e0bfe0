package io.cxpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.drivers.DriverAspects;
import org.junit.jupiter.api.Test;

/** The driver tables' aspect slots follow the scorer's own list, so no aspect is dropped. */
class DriverAspectsOrderTest {

    @Test
    void driverAspectsAreTheScorersAspectsInTheSameOrder() {
        assertEquals(Aspects.NAMES, DriverAspects.NAMES);
        assertEquals(Aspects.COUNT, DriverAspects.COUNT);
    }

    @Test
    void everyAspectFitsInTheOneIntSeenMask() {
        assertTrue(DriverAspects.COUNT <= Integer.SIZE, "aspects are tracked in an int bit mask");
    }
}
