package io.cxpulse.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own, started from a folder of jars, its output in a log file. Every process
 * started here is also killed by a shutdown hook, so none outlives the test whatever happens.
 */
final class JavaProcess implements AutoCloseable {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill cluster processes"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java -cp <lib>/* <jvmArgs> <mainClass> <args>} in {@code dir}, with standard
     * output and error appended to {@code <dir>/<name>.out}.
     */
    static JavaProcess start(String name, Path lib, List<String> jvmArgs, String mainClass,
            List<String> args, Path dir, Map<String, String> env) throws IOException {
        return start(name, lib.toAbsolutePath() + "/*", jvmArgs, mainClass, args, dir, env);
    }

    /** As {@link #start(String, Path, List, String, List, Path, Map)}, with any class path. */
    static JavaProcess start(String name, String classPath, List<String> jvmArgs,
            String mainClass, List<String> args, Path dir, Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath);
        command.addAll(jvmArgs);
        command.add(mainClass);
        command.addAll(args);
        Path log = dir.resolve(name + ".out");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        RUNNING.add(process);
        return new JavaProcess(name, process, log);
    }

    /** Waits for the process to end by itself; kills it after the timeout. */
    int await(long seconds) throws InterruptedException {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still running after " + seconds + " s; see " + log);
            }
            return process.exitValue();
        } finally {
            close();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** {@code kill -9}: the process gets no chance to say goodbye. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        RUNNING.remove(process);
    }
}
