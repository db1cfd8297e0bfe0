package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.JobConfig;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which checkpoint a restarted {@code run} resumes from: the newest whose metadata reads back
 * whole, passing over what a {@code kill -9} left half-written.
 */
class RetainedCheckpointsTest {
    private static final String EARLIER_RUN = "0123456789abcdef0123456789abcdef";
    private static final String THIS_RUN = "fedcba9876543210fedcba9876543210";
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aHalfWrittenCheckpointIsPassedOverForTheNewestComplete() throws Exception {
        StateFolder state = new StateFolder(dir);
        checkpoint(state.job(EARLIER_RUN).resolve("chk-3"), 3, 0);
        Path truncated = state.job(EARLIER_RUN).resolve("chk-4");
        byte[] whole = metadata(4);
        write(truncated, Arrays.copyOf(whole, whole.length / 2), 10);
        write(state.job(EARLIER_RUN).resolve("chk-5"), new byte[0], 20);
        Files.createDirectories(state.job(EARLIER_RUN).resolve("chk-6"));

        List<String> skipped = new ArrayList<>();
        RetainedCheckpoints.Restorable newest =
                RetainedCheckpoints.newest(state, skipped::add).orElseThrow();

        assertEquals(state.job(EARLIER_RUN).resolve("chk-3"), newest.path());
        assertEquals(3, newest.checkpointId());
        assertFalse(newest.isSavepoint());
        assertEquals(2, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith(state.job(EARLIER_RUN).resolve("chk-5").toString()));
        assertTrue(skipped.get(1).startsWith(truncated.toString()));
    }

    @Test
    void aFolderWithoutACompleteCheckpointRestoresNothing() throws Exception {
        StateFolder state = new StateFolder(dir.resolve("never-ran"));
        assertTrue(RetainedCheckpoints.newest(state, s -> { }).isEmpty());
        write(state.job(EARLIER_RUN).resolve("chk-1"), new byte[] {1, 2, 3}, 0);
        assertTrue(RetainedCheckpoints.newest(state, s -> { }).isEmpty());
        assertFalse(RetainedCheckpoints.hasComplete(state.job(EARLIER_RUN)));
    }

    @Test
    void aSavepointNewerThanEveryCheckpointWinsAndADrainedOneSaysSo() throws Exception {
        StateFolder state = new StateFolder(dir);
        checkpoint(state.job(EARLIER_RUN).resolve("chk-7"), 7, 0);
        Path savepoint = state.savepoints().resolve("savepoint-012345-abcdef");
        checkpoint(savepoint, 8, 5);

        RetainedCheckpoints.Restorable newest = RetainedCheckpoints.newest(state, s -> { }).orElseThrow();
        assertEquals(savepoint, newest.path());
        assertTrue(newest.isSavepoint());
        assertFalse(newest.drained());

        Files.createFile(savepoint.resolve(RetainedCheckpoints.DRAINED));
        assertTrue(RetainedCheckpoints.newest(state, s -> { }).orElseThrow().drained());
    }

    @Test
    void cleanupKeepsThisRunAndTheNewestSavepointsOnly() throws Exception {
        StateFolder state = new StateFolder(dir);
        checkpoint(state.job(EARLIER_RUN).resolve("chk-2"), 2, 0);
        checkpoint(state.job(THIS_RUN).resolve("chk-9"), 9, 50);
        for (int i = 0; i < 5; i++) {
            checkpoint(state.savepoints().resolve("savepoint-" + i), 3 + i, 10 + i);
        }
        Files.createDirectories(state.path().resolve("not-a-job"));
        assertTrue(RetainedCheckpoints.hasComplete(state.job(THIS_RUN)));

        RetainedCheckpoints.removeSuperseded(state, THIS_RUN);

        assertFalse(Files.exists(state.job(EARLIER_RUN)));
        assertTrue(Files.exists(state.job(THIS_RUN).resolve("chk-9")));
        assertTrue(Files.exists(state.path().resolve("not-a-job")));
        try (var left = Files.list(state.savepoints())) {
            assertEquals(List.of("savepoint-2", "savepoint-3", "savepoint-4"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void jobsOfOtherGroupsOrTransactionalPrefixesKeepApart() {
        StateFolder plain = StateFolder.of(config(Map.of("checkpoint.dir", dir.toString())));
        StateFolder group = StateFolder.of(config(Map.of("checkpoint.dir", dir.toString(),
                "group.id", "other")));
        StateFolder prefix = StateFolder.of(config(Map.of("checkpoint.dir", dir.toString(),
                "transactional.id.prefix", "other")));
        assertEquals(dir.resolve("cx-pulse"), plain.path());
        assertEquals(dir.resolve("other+cx-pulse"), group.path());
        assertEquals(dir.resolve("cx-pulse+other"), prefix.path());
        assertNotEquals(group.path(), prefix.path());
        assertEquals(dir.resolve("cx-pulse"), StateFolder.of(config(Map.of(
                "checkpoint.dir", dir.toUri().toString()))).path());
    }

    @Test
    void aRemoteCheckpointDirIsRefusedForALocalRun() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> StateFolder.of(config(Map.of(
                        "checkpoint.dir", "s3://bucket/cx-pulse"))));
        assertTrue(e.getMessage().contains("s3://bucket/cx-pulse"), e.getMessage());
    }

    private static JobConfig config(Map<String, String> settings) {
        return JobConfig.from(ParameterTool.fromMap(settings));
    }

    /** A complete checkpoint or savepoint of the given id in the folder, without state. */
    static void checkpoint(Path folder, long id, int secondsAfterT0) throws Exception {
        write(folder, metadata(id), secondsAfterT0);
    }

    private static void write(Path folder, byte[] metadata, int secondsAfterT0) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(RetainedCheckpoints.METADATA);
        Files.write(file, metadata);
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(secondsAfterT0)));
    }

    private static byte[] metadata(long id) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Checkpoints.storeCheckpointMetadata(new CheckpointMetadata(id, List.of(), List.of()), out);
        }
        return bytes.toByteArray();
    }
}
