package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class DelayWatermarksTest {

    @Test
    void recordsPassAsTheyAreAndWatermarksComeLater() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(
                new DelayWatermarks<String>(Duration.ofMinutes(4)))) {
            h.open();
            h.processElement(new StreamRecord<>("a", 600_000L));
            h.processWatermark(new Watermark(600_000L));
            h.processElement(new StreamRecord<>("b", 300_000L));
            h.processWatermark(new Watermark(900_000L));

            assertEquals(List.of("a@600000", "W360000", "b@300000", "W660000"), seen(h));
        }
    }

    @Test
    void theEndOfInputPassesUnchangedAndNothingGoesBackwards() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(
                new DelayWatermarks<String>(Duration.ofSeconds(10)))) {
            h.open();
            h.processWatermark(new Watermark(Long.MIN_VALUE + 5));   // start of the input
            h.processWatermark(new Watermark(5_000L));               // still before zero
            h.processWatermark(new Watermark(20_000L));
            h.processWatermark(new Watermark(20_000L));
            h.processWatermark(new Watermark(Long.MAX_VALUE));

            assertEquals(List.of("W-5000", "W10000", "W" + Long.MAX_VALUE), seen(h));
        }
    }

    @Test
    void aNegativeDelayIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DelayWatermarks<String>(Duration.ofSeconds(-1)));
    }

    private static List<String> seen(OneInputStreamOperatorTestHarness<String, String> h) {
        List<String> out = new ArrayList<>();
        for (Object o : h.getOutput()) {
            if (o instanceof Watermark w) {
                out.add("W" + w.getTimestamp());
            } else if (o instanceof StreamRecord<?> r) {
                out.add(r.getValue() + "@" + r.getTimestamp());
            }
        }
        return out;
    }
}
