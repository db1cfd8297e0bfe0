package io.cxpulse.jobs.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/cx-pulse} as its own JVM, from {@code target/classes} and {@code target/lib} (so
 * after {@code package}: failsafe tests only), with what it prints collected line by line with
 * the time each line came. The process is killed if it outlives {@link #await}, and when this
 * JVM exits.
 */
final class CliProcess {
    /** A printed line and when it came, after the start. */
    record Line(Duration at, String text) {}

    private final Process process;
    private final long started = System.nanoTime();
    private final List<Line> lines = new ArrayList<>();
    private final Thread reader;

    private CliProcess(Process process) {
        this.process = process;
        Thread killer = new Thread(process::destroyForcibly, "cx-pulse-cli-kill");
        Runtime.getRuntime().addShutdownHook(killer);
        this.reader = new Thread(this::read, "cx-pulse-cli-output");
        reader.setDaemon(true);
        reader.start();
    }

    static CliProcess start(String... args) throws IOException {
        List<String> tmpdir = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Djava.io.tmpdir"))
                .toList();
        return new CliProcess(new ProcessBuilder(command(tmpdir, args)).redirectErrorStream(true).start());
    }

    /**
     * The command line of {@code bin/cx-pulse args} with the JVM options given, this JVM's
     * {@code --add-opens} and the command line's logging settings.
     */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens"))
                .forEach(command::add);
        command.addAll(jvmOptions);
        command.add("-Dlog4j2.configurationFile=" + Path.of("..", "conf", "log4j2-cli.properties")
                .toAbsolutePath().normalize());
        command.add("-cp");
        command.add(Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target", "lib").toAbsolutePath() + File.separator + "*");
        command.add(CxPulseCli.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(new Line(Duration.ofNanos(System.nanoTime() - started), line));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits for the exit and returns its code; kills the process if it takes longer. */
    int await(Duration timeout) throws InterruptedException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + timeout + "; printed:\n" + printed());
            }
            reader.join(5_000);
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }

    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    String printed() {
        StringBuilder text = new StringBuilder();
        lines().forEach(l -> text.append(String.format("%6.1f s  %s%n", l.at().toMillis() / 1e3, l.text())));
        return text.toString();
    }
}
