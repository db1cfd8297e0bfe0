package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.JobConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where {@code cx-pulse run} keeps the state of one job on this machine: under {@code
 * checkpoint.dir} (by default {@code state/checkpoints} in the cx-pulse folder), a folder named
 * after the job's consumer group and transactional id prefix, so that two jobs writing their
 * own offsets and transactions never restore each other's state. It holds one folder per run of
 * the job (named after its Flink job id, with its {@code chk-N} checkpoints), {@code
 * savepoints/}, and {@code running.properties} while a run is up.
 */
record StateFolder(Path path) {
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    static StateFolder of(JobConfig config) {
        return new StateFolder(root(config).resolve(namespace(config)));
    }

    /** {@code checkpoint.dir} as a local folder, or the default under the cx-pulse folder. */
    static Path root(JobConfig config) {
        String dir = config.checkpointDir();
        if (dir == null) {
            return Path.of(System.getProperty("cx.pulse.home", "."), "state", "checkpoints")
                    .toAbsolutePath().normalize();
        }
        if (dir.startsWith("file:")) {
            return Path.of(URI.create(dir));
        }
        if (URI_SCHEME.matcher(dir).matches()) {
            throw new IllegalArgumentException("run keeps its state on this machine: "
                    + "checkpoint.dir must be a local folder or a file: URI, got " + dir);
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** The folder name of a job: its group id, and its transactional id prefix if different. */
    static String namespace(JobConfig config) {
        String group = UNSAFE.matcher(config.groupId()).replaceAll("_");
        String prefix = UNSAFE.matcher(config.transactionalIdPrefix()).replaceAll("_");
        return group.equals(prefix) ? group : group + "+" + prefix;
    }

    Path savepoints() {
        return path.resolve("savepoints");
    }

    Path running() {
        return path.resolve("running.properties");
    }

    /** The folder of one run's checkpoints. */
    Path job(String jobId) {
        return path.resolve(jobId);
    }
}
