package io.cxpulse.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.ParseError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.function.Executable;

/**
 * Every input record accounted for, as planned: each rejected record has exactly one dead letter
 * at its topic, partition and offset, with its planned reason; of the records sharing an event
 * id all but one are dead-lettered as duplicates; every valid feedback and review is scored
 * exactly once; nothing else is dead-lettered. Per topic: input = accepted + dead letters +
 * duplicates.
 */
final class Accounting {
    private Accounting() {}

    static void assertEveryRecordAccountedFor(List<InputRecord> records, SteadyProducer producer,
            Map<String, List<JsonNode>> outputs, JobConfig config) {
        Map<String, List<String>> deadAt = new HashMap<>();
        List<JsonNode> elsewhere = new ArrayList<>();
        for (JsonNode d : outputs.get(config.deadLetterTopic())) {
            if (d.has("partition") && d.has("offset")) {
                deadAt.computeIfAbsent(position(d.path("source").asText(), d.path("partition").asInt(),
                        d.path("offset").asLong()), k -> new ArrayList<>()).add(d.path("error_type").asText());
            } else {
                elsewhere.add(d);
            }
        }
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(List.of(), elsewhere, "dead letters of no input record"));
        Map<String, List<String>> copies = new HashMap<>();
        Map<String, long[]> perTopic = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            InputRecord r = records.get(i);
            String at = position(r.topic(), r.partition(), producer.offset(i));
            long[] counts = perTopic.computeIfAbsent(r.topic(), t -> new long[4]);
            counts[0]++;
            List<String> dead = deadAt.getOrDefault(at, List.of());
            if (r.valid()) {
                copies.computeIfAbsent(r.topic() + "|" + r.eventId(), k -> new ArrayList<>()).add(at);
                continue;
            }
            checks.add(() -> {
                assertEquals(1, dead.size(), r.kind() + " record at " + at + ": " + dead);
                assertTrue(!dead.get(0).equals(ParseError.DUPLICATE), r.kind() + " at " + at);
                if (!r.reason().isEmpty()) {
                    assertEquals(r.reason(), dead.get(0), r.kind() + " record at " + at);
                }
            });
        }
        copies.forEach((id, positions) -> {
            List<String> reasons = positions.stream()
                    .flatMap(p -> deadAt.getOrDefault(p, List.of()).stream()).toList();
            checks.add(() -> assertEquals(
                    java.util.Collections.nCopies(positions.size() - 1, ParseError.DUPLICATE), reasons,
                    "dead letters of event " + id));
        });
        Map<String, Long> scored = new TreeMap<>();
        for (JsonNode s : outputs.get(config.scoredTopic())) {
            String topic = s.path("kind").asText().equals("feedback") ? "cx.feedback" : "cx.reviews";
            scored.merge(topic + "|" + s.path("event_id").asText(), 1L, Long::sum);
        }
        Map<String, Long> expectedScored = new TreeMap<>();
        copies.keySet().stream().filter(id -> id.startsWith("cx.feedback|") || id.startsWith("cx.reviews|"))
                .forEach(id -> expectedScored.put(id, 1L));
        checks.add(() -> assertEquals(expectedScored, scored, "scored records per valid event id"));
        // accepted: scored records of feedback and reviews; valid event ids of the others, which
        // have no output of their own; dead letters and duplicates as found in cx.deadletter
        copies.keySet().stream().filter(id -> !expectedScored.containsKey(id))
                .forEach(id -> perTopic.get(topicOf(id))[1]++);
        scored.forEach((id, n) -> perTopic.get(topicOf(id))[1] += n);
        for (JsonNode d : outputs.get(config.deadLetterTopic())) {
            long[] counts = perTopic.get(d.path("source").asText());
            if (counts != null) {
                counts[d.path("error_type").asText().equals(ParseError.DUPLICATE) ? 3 : 2]++;
            }
        }
        perTopic.forEach((topic, c) -> {
            System.out.printf("[cluster test] %s: %d records = %d accepted + %d dead letters + %d duplicates%n",
                    topic, c[0], c[1], c[2], c[3]);
            checks.add(() -> assertEquals(c[0], c[1] + c[2] + c[3], topic));
        });
        long deadTotal = deadAt.values().stream().mapToLong(List::size).sum();
        long planned = perTopic.values().stream().mapToLong(c -> c[2] + c[3]).sum();
        checks.add(() -> assertEquals(planned, deadTotal, "dead letters in all"));
        assertAll(checks);
    }

    private static String topicOf(String topicAndId) {
        return topicAndId.substring(0, topicAndId.indexOf('|'));
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "/" + partition + "@" + offset;
    }
}
