package io.cxpulse.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.jobs.demo.Rollups;
import io.cxpulse.jobs.testing.OutputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Output records of both runs, and the views the test compares them in. */
final class Outputs {
    private Outputs() {}

    static List<JsonNode> topic(String bootstrapServers, String topic) {
        return OutputReader.values(bootstrapServers, topic);
    }

    static List<JsonNode> file(Path dir, String topic) throws IOException {
        return Files.readAllLines(dir.resolve(topic + ".jsonl"), StandardCharsets.UTF_8).stream()
                .map(line -> OutputReader.parse(line.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** Keeps what the streaming run wrote as {@code <topic>.jsonl}, for a look after a failure. */
    static void save(Path dir, Map<String, List<JsonNode>> outputs) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<JsonNode>> e : outputs.entrySet()) {
            StringBuilder lines = new StringBuilder();
            e.getValue().forEach(r -> lines.append(r).append('\n'));
            // getBytes replaces what UTF-8 cannot hold (a lone surrogate) instead of failing
            Files.write(dir.resolve(e.getKey() + ".jsonl"), lines.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The latest revision of each rollup whose window ended by {@code cutoff}, without its revision number. */
    static Map<String, String> closedRollups(List<JsonNode> rollups, Instant cutoff) {
        Map<String, String> plain = new TreeMap<>();
        Rollups.latestByKey(rollups).forEach((key, rollup) -> {
            if (!instant(rollup.path("window_end")).isAfter(cutoff)) {
                plain.put(key, without(rollup, "revision"));
            }
        });
        return plain;
    }

    /** Records as sorted JSON texts without the given fields, of those that pass the filter. */
    static List<String> sorted(List<JsonNode> records, Predicate<JsonNode> filter, String... dropped) {
        return records.stream().filter(filter).map(r -> without(r, dropped)).sorted().toList();
    }

    static String without(JsonNode record, String... fields) {
        ObjectNode copy = record.deepCopy();
        for (String field : fields) {
            copy.remove(field);
        }
        return copy.toString();
    }

    static Instant instant(JsonNode text) {
        return Instant.parse(text.asText());
    }
}
