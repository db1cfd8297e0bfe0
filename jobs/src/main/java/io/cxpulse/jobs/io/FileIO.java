package io.cxpulse.jobs.io;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;

/**
 * JSONL files in and out, for backfills: an input file per input topic named
 * {@code <topic>.jsonl}, and per output topic first a folder of part files, then one
 * {@code <topic>.jsonl} with its lines sorted so that equal input gives equal files.
 */
public final class FileIO {
    private FileIO() {}

    /** A file source for each input topic whose file exists in the folder. */
    public static Map<InputKind, FileSource<Envelope>> sources(
            java.nio.file.Path dir, Map<InputKind, String> topics) {
        Map<InputKind, FileSource<Envelope>> sources = new java.util.EnumMap<>(InputKind.class);
        topics.forEach((kind, topic) -> {
            java.nio.file.Path file = dir.resolve(topic + ".jsonl");
            if (Files.isRegularFile(file)) {
                sources.put(kind, FileSource.forRecordStreamFormat(
                                new JsonLinesFormat(kind, file.getFileName().toString()),
                                new Path(file.toUri()))
                        .build());
            }
        });
        return sources;
    }

    public static FileSink<OutputRecord> sink(java.nio.file.Path dir) {
        return FileSink.forRowFormat(new Path(dir.toUri()), new JsonLineEncoder())
                .withBucketAssigner(new TopicBucketAssigner())
                .withOutputFileConfig(
                        OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .build();
    }

    /**
     * Replaces each topic folder of part files by one sorted {@code <topic>.jsonl}; a topic that
     * got no records gets an empty file.
     */
    public static void consolidate(java.nio.file.Path dir, List<String> topics) throws IOException {
        for (String topic : topics) {
            java.nio.file.Path folder = dir.resolve(topic);
            List<String> lines = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (Stream<java.nio.file.Path> parts = Files.list(folder)) {
                    for (java.nio.file.Path part : parts.filter(FileIO::isFinished).toList()) {
                        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
                    }
                }
                deleteRecursively(folder);
            }
            lines.sort(Comparator.naturalOrder());
            Files.write(dir.resolve(topic + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
    }

    private static boolean isFinished(java.nio.file.Path part) {
        String name = part.getFileName().toString();
        return name.startsWith("part") && Files.isRegularFile(part);
    }

    static void deleteRecursively(java.nio.file.Path root) throws IOException {
        try (Stream<java.nio.file.Path> paths = Files.walk(root)) {
            for (java.nio.file.Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
