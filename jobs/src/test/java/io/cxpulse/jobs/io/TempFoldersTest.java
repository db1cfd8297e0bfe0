package io.cxpulse.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFoldersTest {

    @Test
    void aFolderGoesUnderTheTemporaryFolderSetAtTheTimeOfTheCall(@TempDir Path runFolder)
            throws Exception {
        // the JDK's own temp folder is fixed once used: use it first, as a JVM has by then
        Files.delete(Files.createTempDirectory("warm-up-"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", runFolder.toString());
        try {
            Path created = TempFolders.create("cx-pulse-checkpoints-");
            assertEquals(runFolder, created.getParent());
            assertTrue(Files.isDirectory(created));
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }
}
