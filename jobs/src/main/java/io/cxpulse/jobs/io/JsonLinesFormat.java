package io.cxpulse.jobs.io;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a JSONL file of one input kind as raw bytes per line, so that lines that are not valid
 * UTF-8 reach the dead-letter output verbatim, each with its 1-based line number. Empty lines
 * are skipped.
 */
public class JsonLinesFormat extends SimpleStreamFormat<Envelope> {
    private final InputKind kind;
    private final String fileName;

    public JsonLinesFormat(InputKind kind, String fileName) {
        this.kind = kind;
        this.fileName = fileName;
    }

    @Override
    public StreamFormat.Reader<Envelope> createReader(Configuration config, FSDataInputStream in) {
        return new LineReader(new BufferedInputStream(in, 1 << 16));
    }

    @Override
    public TypeInformation<Envelope> getProducedType() {
        return TypeInformation.of(Envelope.class);
    }

    private final class LineReader implements StreamFormat.Reader<Envelope> {
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        private final EventParser parser = new EventParser();
        private long lineNumber;

        LineReader(InputStream in) {
            this.in = in;
        }

        @Override
        public Envelope read() throws IOException {
            while (true) {
                line.reset();
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                if (b == -1 && line.size() == 0) {
                    return null;
                }
                lineNumber++;
                byte[] bytes = withoutCarriageReturn(line.toByteArray());
                if (bytes.length > 0) {
                    return parser.parse(kind, SourcePosition.file(fileName, lineNumber), bytes);
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static byte[] withoutCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }
}
