package io.cxpulse.jobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder profile of this JVM while a job runs: Java execution samples every
 * 10 ms, summed by the method on top of the stack (self time) once the recording stops.
 */
final class Profile implements AutoCloseable {
    private final Recording recording = new Recording();
    private final Path file;

    private Profile(Path file) throws IOException {
        this.file = file;
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.setToDisk(true);
        recording.setDestination(file);
        recording.start();
    }

    static Profile start(Path file) throws IOException {
        Files.deleteIfExists(file);
        return new Profile(file);
    }

    /** Stops the recording and prints the {@code top} methods by self samples. */
    void printTop(PrintStream out, int top, String title) throws IOException {
        recording.stop();
        Map<String, Integer> self = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            RecordedFrame frame = stack.getFrames().get(0);
            self.merge(frame.getMethod().getType().getName() + "." + frame.getMethod().getName(),
                    1, Integer::sum);
            total++;
        }
        out.printf("%n%s: top %d of %,d Java execution samples by self time (JFR, %s)%n",
                title, top, total, file);
        List<Map.Entry<String, Integer>> sorted = self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top).toList();
        for (Map.Entry<String, Integer> e : sorted) {
            out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey());
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
