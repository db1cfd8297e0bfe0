package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line run in its own JVM, as {@code bin/cx-pulse} starts it, leaves nothing in the
 * temporary folder it was given: no {@code flink-rpc-akka*.jar}, no {@code minicluster_*}.
 */
class TempFolderCleanupITCase {

    @Test
    void aBackfillLeavesNothingInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path input = Files.createDirectories(dir.resolve("in"));
        Path output = dir.resolve("out");
        Files.write(input.resolve("cx.feedback.jsonl"), List.of(
                "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:00:00Z\",\"customer_id\":\"C1\",\"nps\":9}",
                "{\"event_id\":\"fb-2\",\"timestamp\":\"2026-03-01T11:00:00Z\",\"customer_id\":\"C2\",\"nps\":3}"),
                StandardCharsets.UTF_8);

        List<String> command = CliProcess.command(List.of("-Djava.io.tmpdir=" + temp),
                "backfill", "--input", input.toString(), "--output", output.toString());
        Path log = dir.resolve("run.log");
        Process run = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(run.waitFor(3, TimeUnit.MINUTES), "the backfill did not finish");
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), said);
        assertEquals(2, Files.readAllLines(output.resolve("cx.scored.jsonl")).size(), said);

        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
