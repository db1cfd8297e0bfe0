package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.DeadLetter;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.Test;

class ProcessingErrorsTest {

    @Test
    void everyRecordLeftOutCountsInTheMetric() {
        SimpleCounter count = new SimpleCounter();
        ProcessingErrors errors = new ProcessingErrors("track-customers", count);

        DeadLetter dead = errors.deadLetter("applying the input (key C1)", "a record",
                new IllegalStateException("broke"));
        errors.skipped("trimming", new IllegalStateException("broke"));
        errors.counted(3);

        assertEquals(5, count.getCount());
        assertEquals("track-customers", dead.position().source());
        assertEquals("track-customers: applying the input (key C1) failed:"
                + " java.lang.IllegalStateException: broke", dead.reason());
    }
}
