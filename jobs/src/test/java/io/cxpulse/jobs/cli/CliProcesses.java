package io.cxpulse.jobs.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bin/cx-pulse} commands in JVMs of their own, on the launcher's class path (the jobs jar
 * and {@code target/lib}, which the package phase leaves before integration tests), each
 * writing to a log file of its own. Closing kills whatever still runs, as does the end of the
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens"))
                .forEach(command::add);
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")));
        command.add("-Dlog4j2.configurationFile=" + Path.of("..", "conf", "log4j2-cli.properties")
                .toAbsolutePath().normalize());
        command.add("-cp");
        command.add(launcherJar() + File.pathSeparator
                + Path.of("target", "lib").toAbsolutePath() + File.separator + "*");
        command.add(CxPulseCli.class.getName());
        command.addAll(List.of(args));
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

    /** The jobs jar, not the shaded job jar beside it. */
    private static Path launcherJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("cx-pulse-jobs-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no cx-pulse-jobs-*.jar in target/"))
                    .toAbsolutePath();
        }
    }
}
