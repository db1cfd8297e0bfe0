package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.alerts.CountObservation;
import io.cxpulse.alerts.ExposureCounter;
import io.cxpulse.alerts.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Exposure counting survives a restart: the counts of steps not sent yet are in its state. */
class CountExposuresTest {
    static final long HOUR = 3_600_000L;
    static final Subject A = new Subject(Subject.SEGMENT, "a", "a", false);

    /** A record of product {@code p<n>}, matching or not. */
    record Seen(long time, int product, boolean matched) {}

    static CountExposures<Seen> operator() {
        return new CountExposures<>((r, counter, out) -> {
            counter.see(r.time(), "a|p" + r.product(), "a|all", r.matched(), k -> A);
            counter.see(r.time(), "a|all", ExposureCounter.EVERYTHING, r.matched(), k -> A);
            if (r.matched()) {
                out.accept(CountObservation.match("a|p" + r.product(), A, r.time(), null));
            }
        }, HOUR);
    }

    static OneInputStreamOperatorTestHarness<Seen, CountObservation> open(
            OperatorSubtaskState restoreFrom) throws Exception {
        OneInputStreamOperatorTestHarness<Seen, CountObservation> harness =
                new OneInputStreamOperatorTestHarness<>(operator());
        if (restoreFrom != null) {
            harness.initializeState(restoreFrom);
        }
        harness.open();
        return harness;
    }

    @Test
    void aRestoredOperatorSendsTheExposuresTheUninterruptedOneSends() throws Exception {
        Random random = new Random(11);
        List<Seen> input = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            input.add(new Seen(10 * HOUR + random.nextInt(12 * 60) * 60_000L, random.nextInt(3),
                    random.nextInt(5) == 0));
        }
        List<Object> uninterrupted;
        try (var harness = open(null)) {
            feed(harness, input, 0, input.size());
            uninterrupted = new ArrayList<>(harness.getOutput());
        }

        List<Object> resumed = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (var harness = open(null)) {
            feed(harness, input, 0, 300);
            snapshot = harness.snapshot(1, 1);
            resumed.addAll(harness.getOutput());
        }
        try (var harness = open(snapshot)) {
            feed(harness, input, 300, input.size());
            resumed.addAll(harness.getOutput());
        }
        assertEquals(render(uninterrupted), render(resumed));
    }

    /** Each record, and a watermark every 50 records that trails the records by two hours. */
    private static void feed(OneInputStreamOperatorTestHarness<Seen, CountObservation> harness,
            List<Seen> input, int from, int to) throws Exception {
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < input.size(); i++) {
            newest = Math.max(newest, input.get(i).time());
            if (i >= from && i < to) {
                harness.processElement(input.get(i), input.get(i).time());
            }
            if (i >= from && i < to && i % 50 == 49) {
                harness.processWatermark(new Watermark(newest - 2 * HOUR));
            }
        }
        if (to == input.size()) {
            harness.processWatermark(new Watermark(Long.MAX_VALUE));
        }
    }

    private static List<String> render(List<Object> output) {
        List<String> lines = new ArrayList<>();
        for (Object o : output) {
            if (o instanceof Watermark w) {
                lines.add("wm " + w.getTimestamp());
            } else {
                @SuppressWarnings("unchecked")
                CountObservation c = ((StreamRecord<CountObservation>) o).getValue();
                lines.add(c.key() + " " + c.time() + " m" + c.matches() + " r" + c.records()
                        + " s" + c.parentShare() + " since " + c.parentSince());
            }
        }
        return lines;
    }
}
