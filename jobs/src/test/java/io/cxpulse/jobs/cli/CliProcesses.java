package io.cxpulse.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/cx-pulse} commands in JVMs of their own, on the launcher's class path
 * ({@link CliProcess#command}), each writing to a log file of its own. Closing kills whatever still runs, as does the end of the
 * test JVM.
 */
final class CliProcesses implements AutoCloseable {
    private final Path dir;
    private final List<Process> started = new ArrayList<>();
    private final Thread killer = new Thread(this::killAll, "cli-processes-killer");

    CliProcesses(Path dir) {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts {@code cx-pulse args...}, its output in {@code <name>.log}. */
    synchronized Process start(String name, String... args) throws IOException {
        List<String> command = CliProcess.command(List.of("-Xmx768m",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp"))), args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(name).toFile()).start();
        started.add(process);
        return process;
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    String said(String name) throws IOException {
        Path log = log(name);
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        killAll();
        Runtime.getRuntime().removeShutdownHook(killer);
    }

    private synchronized void killAll() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }
}
