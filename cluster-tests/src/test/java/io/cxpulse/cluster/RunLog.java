package io.cxpulse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** What happened when, in seconds since the test started: printed and kept in a file under target/. */
final class RunLog {
    private final long start = System.nanoTime();
    private final long startMillis = System.currentTimeMillis();
    private final Path file;
    private final List<Double> kills = new ArrayList<>();

    RunLog(Path file) {
        this.file = file;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    void say(String what) {
        String line = String.format("[cluster test +%6.1f s] %s", seconds(), what);
        System.out.println(line);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since the start at a wall-clock time, epoch ms. */
    double secondsAt(long epochMillis) {
        return (epochMillis - startMillis) / 1e3;
    }

    void killed(String what) {
        kills.add(seconds());
        say("kill -9 " + what);
    }

    /** Seconds since the start of each kill. */
    List<Double> kills() {
        return List.copyOf(kills);
    }
}
