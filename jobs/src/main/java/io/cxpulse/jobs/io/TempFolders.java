package io.cxpulse.jobs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * New temporary folders under the current {@code java.io.tmpdir}. {@link
 * Files#createTempDirectory(String, java.nio.file.attribute.FileAttribute[])} reads that property
 * once per JVM, before the command line points it at a folder of the run's own; this reads it at
 * every call, so that what a run creates goes where the run cleans up.
 */
public final class TempFolders {
    private TempFolders() {}

    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }
}
