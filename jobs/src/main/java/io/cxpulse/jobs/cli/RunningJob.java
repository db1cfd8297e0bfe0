package io.cxpulse.jobs.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code cx-pulse stop} needs to find a running {@code cx-pulse run}: the address of its
 * Flink REST endpoint, its job id and its process id, kept in the state folder while it runs.
 */
record RunningJob(String restAddress, int restPort, String jobId, long pid) {

    void writeTo(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("rest.address", restAddress);
        p.setProperty("rest.port", Integer.toString(restPort));
        p.setProperty("job.id", jobId);
        p.setProperty("pid", Long.toString(pid));
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "the cx-pulse run now using this state folder");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<RunningJob> readFrom(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(new RunningJob(p.getProperty("rest.address"),
                Integer.parseInt(p.getProperty("rest.port")), p.getProperty("job.id"),
                Long.parseLong(p.getProperty("pid"))));
    }

    /** Whether the process that wrote this is still alive. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
