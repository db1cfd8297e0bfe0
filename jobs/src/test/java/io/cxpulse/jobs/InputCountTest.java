package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.functions.InputAccounting;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputCountTest {

    @Test
    void countsPerTopicComeFromTheAccountingAccumulatorsAlone() {
        Map<String, Object> accumulators = Map.of(
                InputAccounting.name("read", "cx.feedback.jsonl"), 7L,
                InputAccounting.name("accepted", "cx.feedback.jsonl"), 4L,
                InputAccounting.name("dead_letter:duplicate", "cx.feedback.jsonl"), 2L,
                InputAccounting.name("dead_letter:invalid_json", "cx.feedback.jsonl"), 1L,
                InputAccounting.name("read", "cx.accounts.jsonl"), 1L,
                "some-other-accumulator", 99L);

        Map<String, InputCount> counts = InputCount.fromAccumulators(accumulators,
                s -> s.replace(".jsonl", ""));

        assertEquals(new InputCount(7, 4, Map.of("duplicate", 2L, "invalid_json", 1L)),
                counts.get("cx.feedback"));
        assertTrue(counts.get("cx.feedback").balanced());
        assertEquals(3, counts.get("cx.feedback").deadLetteredTotal());
        assertFalse(counts.get("cx.accounts").balanced(), "a record read and never accounted for");
        assertEquals(2, counts.size());
    }
}
