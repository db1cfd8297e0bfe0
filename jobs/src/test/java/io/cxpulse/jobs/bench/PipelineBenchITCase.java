package io.cxpulse.jobs.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tiny run of {@code cx-pulse bench}: every part of the report is there. */
class PipelineBenchITCase {
    @Test
    void reportsThroughputBusyTimeAndProfile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PipelineBench(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(
                Path.of("..", "sample-data"),
                new PipelineBench.Settings(3_000, 1_000, 1, 2, List.of("hashmap"), true,
                        Map.of("checkpoint.interval", "2s")));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("3,000 records for 1,000 customers over 14 days"), report);
        assertTrue(report.matches("(?s).*\\n1 cold hashmap +[0-9,]+ rec/s +[0-9.]+s +[0-9,]+ rec/s.*"), report);
        assertTrue(report.contains("Java execution samples by self time"), report);
        assertTrue(report.matches("(?s).*\\n +[0-9.]+% +[0-9.]+% +[0-9.]+% +[0-9.]+ +[0-9.]+ +2  Customers: accounts.*"),
                report);
    }
}
