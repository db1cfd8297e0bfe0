package io.cxpulse.jobs.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A temporary folder of its own for one run of the command line, removed when the JVM exits.
 * Flink's local runtime extracts its RPC system ({@code flink-rpc-akka*.jar}, 20 MB) and makes
 * {@code minicluster_*}, blob and upload folders under {@code java.io.tmpdir} and leaves some of
 * them behind; the embedded broker, the demo and local checkpoints keep their files there too.
 * Installed first thing in {@code main}, before anything reads the temporary folder.
 */
final class RunTempFolder {
    private RunTempFolder() {}

    /** Points {@code java.io.tmpdir} at a new folder inside it, deleted at exit. */
    static Path install() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Path folder = base.resolve("cx-pulse-run-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
        Files.createDirectories(folder);
        System.setProperty("java.io.tmpdir", folder.toString());
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> delete(folder), "cx-pulse-temp-cleanup"));
        return folder;
    }

    /** Deletes the folder and what it holds; what cannot be deleted now is left, quietly. */
    static void delete(Path folder) {
        for (int attempt = 0; attempt < 3 && Files.exists(folder); attempt++) {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        file.toFile().delete();
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) {
                        d.toFile().delete();
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a file vanished under us: another shutdown hook cleaning its own; try again
            }
            if (Files.exists(folder)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
