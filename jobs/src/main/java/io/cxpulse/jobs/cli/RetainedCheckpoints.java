package io.cxpulse.jobs.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.runtime.checkpoint.Checkpoints;

/**
 * The checkpoints and savepoints a {@link StateFolder} holds. One counts once its {@code
 * _metadata} reads back whole: a process killed while writing a checkpoint leaves a folder
 * without it, or with a part of it, which is passed over for the one before.
 */
final class RetainedCheckpoints {
    static final String METADATA = "_metadata";
    /** Marks a savepoint of {@code stop --drain}: its windows fired early, not to resume from. */
    static final String DRAINED = "DRAINED";
    /** Savepoints kept when a run cleans up; checkpoints keep Flink's own count. */
    static final int KEPT_SAVEPOINTS = 3;

    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CHECKPOINT = Pattern.compile("chk-\\d+");

    private RetainedCheckpoints() {}

    /** A checkpoint or savepoint whose metadata is complete. */
    record Restorable(Path path, long checkpointId, Instant written, boolean drained) {
        String describe() {
            return (drained ? "drained savepoint " : isSavepoint() ? "savepoint " : "checkpoint ")
                    + checkpointId + " at " + path + ", written " + written;
        }

        boolean isSavepoint() {
            return path.getParent() != null
                    && path.getParent().getFileName().toString().equals("savepoints");
        }
    }

    /** The newest complete checkpoint or savepoint; {@code skipped} hears of incomplete ones. */
    static Optional<Restorable> newest(StateFolder folder, Consumer<String> skipped)
            throws IOException {
        for (Path candidate : candidates(folder)) {
            Optional<Restorable> read = read(candidate);
            if (read.isPresent()) {
                return read;
            }
            skipped.accept(candidate + " is incomplete (its process was stopped while writing it)");
        }
        return Optional.empty();
    }

    /** Whether the folder of one run holds a complete checkpoint. */
    static boolean hasComplete(Path jobFolder) throws IOException {
        for (Path checkpoint : checkpointsOf(jobFolder)) {
            if (read(checkpoint).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The checkpoint or savepoint in a folder, if its metadata reads back whole. */
    static Optional<Restorable> read(Path dir) {
        Path metadata = dir.resolve(METADATA);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(metadata))) {
            long id = Checkpoints.loadCheckpointMetadata(new DataInputStream(in),
                    RetainedCheckpoints.class.getClassLoader(), dir.toString()).getCheckpointId();
            return Optional.of(new Restorable(dir, id,
                    Files.getLastModifiedTime(metadata).toInstant(),
                    Files.exists(dir.resolve(DRAINED))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes what a run that completed a checkpoint of its own no longer needs: the folders of
     * earlier runs, and the savepoints but the newest {@link #KEPT_SAVEPOINTS}.
     */
    static void removeSuperseded(StateFolder folder, String currentJob) throws IOException {
        for (Path job : list(folder.path())) {
            String name = job.getFileName().toString();
            if (JOB_ID.matcher(name).matches() && !name.equals(currentJob)) {
                RunTempFolder.delete(job);
            }
        }
        List<Path> savepoints = new ArrayList<>(list(folder.savepoints()));
        savepoints.sort(newestFirst());
        savepoints.stream().skip(KEPT_SAVEPOINTS).forEach(RunTempFolder::delete);
    }

    /** Folders that may hold a checkpoint or savepoint, newest metadata first. */
    static List<Path> candidates(StateFolder folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path job : list(folder.path())) {
            if (JOB_ID.matcher(job.getFileName().toString()).matches()) {
                found.addAll(checkpointsOf(job));
            }
        }
        found.addAll(list(folder.savepoints()));
        found.removeIf(dir -> !Files.isRegularFile(dir.resolve(METADATA)));
        found.sort(newestFirst());
        return found;
    }

    private static List<Path> checkpointsOf(Path job) throws IOException {
        return list(job).stream()
                .filter(dir -> CHECKPOINT.matcher(dir.getFileName().toString()).matches())
                .toList();
    }

    /** By the time of their metadata (the folder's own for one without), newest first. */
    private static Comparator<Path> newestFirst() {
        return Comparator.comparing(RetainedCheckpoints::written).reversed();
    }

    private static Instant written(Path dir) {
        Path metadata = dir.resolve(METADATA);
        try {
            return Files.getLastModifiedTime(Files.exists(metadata) ? metadata : dir).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }
}
