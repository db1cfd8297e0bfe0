package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import io.cxpulse.records.DeadLetter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxpulse.alerts.NpsDropInput;
import io.cxpulse.nps.NpsStatistics;
import io.cxpulse.records.NpsRollup;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class PairWithOverallNpsTest {
    static final long DAY = 86_400_000L;

    static NpsRollup rollup(String dimension, String value, long p, long de, int revision) {
        NpsStatistics s = NpsStatistics.of(p, 0, de);
        return new NpsRollup("1d", 7 * DAY, 8 * DAY, dimension, value, p + de, p, 0, de, s.nps(),
                s.ciLow(), s.ciHigh(), s.marginOfError(), false, 0, null, revision);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, NpsRollup, NpsDropInput> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new PairWithOverallNps(Duration.ofHours(1)), PairWithOverallNps::keyOf, Types.STRING);
    }

    @Test
    void everySegmentOfAWindowIsPairedWithItsOverallRollupWhateverTheOrder() throws Exception {
        try (var h = harness()) {
            NpsRollup phone = rollup("channel", "phone", 20, 80, 1);
            NpsRollup everyone = rollup("overall", "all", 300, 200, 1);
            h.processElement(phone, 8 * DAY - 1);
            h.processElement(everyone, 8 * DAY - 1);
            assertEquals(List.of(), h.extractOutputValues(), "nothing before the watermark");

            h.processWatermark(8 * DAY - 1);
            List<NpsDropInput> out = h.extractOutputValues();
            assertEquals(List.of(new NpsDropInput(phone, everyone), new NpsDropInput(everyone, null)),
                    out);
        }
    }

    @Test
    void aLateRevisionMeetsTheLatestOverallAndTheWindowIsForgottenAfterTheLateness()
            throws Exception {
        try (var h = harness()) {
            NpsRollup everyone = rollup("overall", "all", 300, 200, 1);
            h.processElement(everyone, 8 * DAY - 1);
            h.processWatermark(8 * DAY);
            NpsRollup revised = rollup("channel", "phone", 20, 81, 2);
            h.processElement(revised, 8 * DAY - 1);
            h.processWatermark(8 * DAY + 1);
            assertEquals(new NpsDropInput(revised, everyone), h.extractOutputValues().get(1));

            h.processWatermark(8 * DAY + 3_600_000L);        // allowed lateness is over
            assertEquals(0, h.numKeyedStateEntries());
            assertNull(h.extractOutputValues().get(0).overall());
        }
    }

    @Test
    void aRollupThatCannotBePairedIsDeadLetteredAndTheOthersArePaired() throws Exception {
        try (var h = harness()) {
            NpsRollup phone = rollup("channel", "phone", 20, 80, 1);
            NpsRollup broken = rollup(null, "x", 1, 1, 1);
            NpsRollup everyone = rollup("overall", "all", 300, 200, 1);
            h.processElement(phone, 8 * DAY - 1);
            h.processElement(broken, 8 * DAY - 1);
            h.processElement(everyone, 8 * DAY - 1);
            h.processWatermark(8 * DAY - 1);

            assertEquals(List.of(new NpsDropInput(phone, everyone), new NpsDropInput(everyone, null)),
                    h.extractOutputValues());
            List<DeadLetter> dead = new ArrayList<>();
            h.getSideOutput(ProcessingErrors.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
            assertEquals(1, dead.size());
            assertEquals("alert-inputs-nps-overall", dead.get(0).position().source());
            assertEquals(DeadLetter.DERIVED, dead.get(0).input());
            assertTrue(dead.get(0).reason().startsWith("alert-inputs-nps-overall: pairing the rollup"
                    + " (window 1d@604800000) failed: java.lang.NullPointerException"),
                    dead.get(0).reason());
        }
    }
}
