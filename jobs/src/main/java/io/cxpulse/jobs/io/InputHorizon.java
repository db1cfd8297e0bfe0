package io.cxpulse.jobs.io;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import java.io.IOException;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.Path;

/**
 * The horizon of a bounded input: the newest event time of any valid record in its JSONL files,
 * read before the backfill with the same line reader and parser as the backfill itself. What
 * customers and subjects did after it is unknown, so a backfill applies no deadline after it.
 */
public final class InputHorizon {
    private InputHorizon() {}

    /**
     * @return the newest valid event time, epoch ms, or {@link Long#MIN_VALUE} when no file
     *     holds a valid record
     */
    public static long of(java.nio.file.Path dir, Map<InputKind, String> topics) throws IOException {
        long newest = Long.MIN_VALUE;
        for (Map.Entry<InputKind, String> e : topics.entrySet()) {
            java.nio.file.Path file = dir.resolve(e.getValue() + ".jsonl");
            if (java.nio.file.Files.isRegularFile(file)) {
                newest = Math.max(newest, newest(file, e.getKey()));
            }
        }
        return newest;
    }

    private static long newest(java.nio.file.Path file, InputKind kind) throws IOException {
        Path path = new Path(file.toUri());
        JsonLinesFormat format = new JsonLinesFormat(kind, file.getFileName().toString());
        long newest = Long.MIN_VALUE;
        try (StreamFormat.Reader<Envelope> reader =
                format.createReader(new Configuration(), path.getFileSystem().open(path))) {
            while (true) {
                Envelope envelope;
                try {
                    envelope = reader.read();
                } catch (RuntimeException unparsable) {
                    continue; // the backfill dead-letters it; it has no event time to offer
                }
                if (envelope == null) {
                    return newest;
                }
                if (envelope.isValid() && envelope.eventTime() != Long.MIN_VALUE) {
                    newest = Math.max(newest, envelope.eventTime());
                }
            }
        }
    }
}
