package io.cxpulse.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark input made from the valid sample records of one kind: their texts and segments,
 * with new event ids and timestamps spread evenly over a number of days, in order, so that
 * windows open and close as in production.
 */
final class BenchInput {
    private BenchInput() {}

    static List<byte[]> make(Path file, InputKind kind, int count, int days) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        EventParser parser = new EventParser();
        List<ObjectNode> templates = new ArrayList<>();
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (parser.parse(kind, SourcePosition.file(file.toString(), 0), bytes).isValid()) {
                templates.add((ObjectNode) mapper.readTree(bytes));
            }
        }
        long start = Timestamps.parseIso("2026-03-02T00:00:00Z");
        long step = days * 86_400_000L / count;
        List<byte[]> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode event = templates.get(i % templates.size()).deepCopy();
            event.put("event_id", kind.key() + "-" + i);
            event.put("timestamp", Timestamps.format(start + i * step));
            lines.add(mapper.writeValueAsBytes(event));
        }
        return lines;
    }
}
