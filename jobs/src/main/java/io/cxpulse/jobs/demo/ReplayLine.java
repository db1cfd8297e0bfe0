package io.cxpulse.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.records.InputKind;
import io.cxpulse.serde.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sample line to replay, verbatim.
 *
 * @param arrival when it arrives, in event time: the newest event time of its file so far
 * @param key the Kafka key: the customer id where the line has one (accounts are compacted by
 *     it), else null; an unreadable account line is keyed by its line number
 */
record ReplayLine(InputKind kind, String topic, long arrival, String key, byte[] payload) {

    static List<ReplayLine> read(Path file, InputKind kind, String topic, ObjectMapper mapper)
            throws IOException {
        List<ReplayLine> lines = new ArrayList<>();
        long newest = Long.MIN_VALUE;
        int lineNumber = 0;
        for (byte[] payload : splitLines(Files.readAllBytes(file))) {
            lineNumber++;
            JsonNode node = tryParse(mapper, payload);
            Long time = eventTime(node);
            if (time != null && time > newest) {
                newest = time;
            }
            String key = text(node, "customer_id");
            if (key == null && kind == InputKind.ACCOUNTS) {
                key = "line-" + lineNumber;
            }
            if (payload.length > 0) {
                lines.add(new ReplayLine(kind, topic, newest, key, payload));
            }
        }
        return lines;
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b == '\n') {
                lines.add(line.toByteArray());
                line.reset();
            } else {
                line.write(b);
            }
        }
        if (line.size() > 0) {
            lines.add(line.toByteArray());
        }
        return lines;
    }

    private static JsonNode tryParse(ObjectMapper mapper, byte[] payload) {
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            return null;
        }
    }

    private static Long eventTime(JsonNode node) {
        JsonNode ts = node == null ? null : node.get("timestamp");
        try {
            if (ts != null && ts.isIntegralNumber()) {
                return ts.longValue();
            }
            if (ts != null && ts.isTextual()) {
                return Timestamps.parseIso(ts.textValue());
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
