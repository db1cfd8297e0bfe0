package io.cxpulse.jobs.deploy;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the savepoint {@link SavepointRestoreITCase} restores, on demand only: when a change
 * breaks state compatibility on purpose, run
 *
 * <pre>
 * mvn -B verify -pl jobs -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=SavepointWriterITCase -Dcx.pulse.savepoint.write=true
 * </pre>
 *
 * commit the new savepoint in place of the old one, and say in docs/deploy.md ("Savepoints")
 * what an upgrade across the change needs. The job reads the first part of
 * {@link RestoreInput} and stops with a savepoint in Flink's canonical format once the hourly
 * rollups before the cut are out, so the watermark stands right before the cut everywhere.
 */
@EnabledIfSystemProperty(named = "cx.pulse.savepoint.write", matches = "true",
        disabledReason = "writes the committed savepoint; run with -Dcx.pulse.savepoint.write=true")
class SavepointWriterITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void writesTheSavepointOfTheFirstPart() throws Exception {
        RestoreInput input = new RestoreInput();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = SavepointJob.config(kafka);
            SavepointJob.prepare(kafka, config, input.before);
            JobClient job = SavepointJob.start(config, null, "hashmap");
            String lastClosedHour = "1h|overall|all|2026-03-02T10:00:00Z";
            SavepointJob.awaitOutput(job, config, config.npsRollupsTopic(),
                    records -> records.stream().anyMatch(r -> lastClosedHour.equals(r.key())));
            Thread.sleep(3000); // a few more checkpoints: nothing left to commit
            Path target = Files.createTempDirectory("cx-pulse-savepoint-");
            String written = job.stopWithSavepoint(false, target.toUri().toString(),
                    SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);
            replace(SavepointJob.SAVEPOINT, Path.of(URI.create(
                    written.startsWith("file:") ? written : "file:" + written)));
            System.out.println("Savepoint written to " + SavepointJob.SAVEPOINT.toAbsolutePath());
        }
    }

    private static void replace(Path committed, Path written) throws IOException {
        if (Files.exists(committed)) {
            try (Stream<Path> old = Files.walk(committed)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(committed);
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                Files.copy(file, committed.resolve(file.getFileName()));
            }
        }
    }
}
