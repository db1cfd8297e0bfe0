package io.cxpulse.jobs.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.Timestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchInputTest {
    private static final Path SAMPLE = Path.of("..", "sample-data");
    /** Valid lines per kind in the sample data: 5,443 responses, 2,141 reviews, ... */
    private static final Map<InputKind, Double> SAMPLE_SHARES = Map.of(
            InputKind.FEEDBACK, 0.190, InputKind.REVIEWS, 0.075,
            InputKind.INTERACTIONS, 0.728, InputKind.ACCOUNTS, 0.0072);

    @Test
    void recordsComeInTheSampleDatasProportionsKeyedByTheirCustomer() throws Exception {
        BenchInput input = new BenchInput(SAMPLE, 50_000, 1L);
        ObjectMapper mapper = new ObjectMapper();
        EventParser parser = new EventParser();
        Map<InputKind, Integer> counts = new EnumMap<>(InputKind.class);
        Set<String> customers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int anonymousReviews = 0;
        int comments = 0;
        int records = 30_000;
        long time = Timestamps.parseIso("2026-03-02T00:00:00Z");
        for (int i = 0; i < records; i++) {
            BenchInput.Line line = input.next(time + i * 1000L);
            counts.merge(line.kind(), 1, Integer::sum);
            Envelope parsed = parser.parse(line.kind(), SourcePosition.file("bench", i), line.value());
            assertTrue(parsed.isValid(), new String(line.value(), StandardCharsets.UTF_8));
            assertEquals(time + i * 1000L, parsed.eventTime());
            JsonNode json = mapper.readTree(line.value());
            assertTrue(ids.add(json.get("event_id").asText()), "event ids are unique");
            if (json.hasNonNull("customer_id")) {
                String customer = json.get("customer_id").asText();
                assertArrayEquals(customer.getBytes(StandardCharsets.UTF_8), line.key());
                customers.add(customer);
            } else {
                assertEquals(InputKind.REVIEWS, line.kind(), "only reviews may be anonymous");
                assertNull(line.key());
                anonymousReviews++;
            }
            if (line.kind() == InputKind.FEEDBACK && !json.path("comment").asText("").isBlank()) {
                comments++;
            }
        }
        for (InputKind kind : InputKind.values()) {
            double share = counts.get(kind) / (double) records;
            assertEquals(SAMPLE_SHARES.get(kind), share, 0.01 + SAMPLE_SHARES.get(kind) * 0.2, kind.key());
        }
        // 30,000 uniform draws from 50,000 customers reach about 45% of them
        assertTrue(customers.size() > 20_000, customers.size() + " customers");
        assertTrue(customers.stream().allMatch(c -> c.matches("C0[0-9]{5}")));
        assertTrue(anonymousReviews > counts.get(InputKind.REVIEWS) / 2, "most reviews are anonymous");
        assertTrue(comments > counts.get(InputKind.FEEDBACK) * 0.6, "most responses have a comment");
    }

    @Test
    void accountUpdatesAreNewestAtTheirEventTime() throws Exception {
        BenchInput input = new BenchInput(SAMPLE, 10, 2L);
        long time = Timestamps.parseIso("2026-03-05T10:00:00.250Z");
        JsonNode json = new ObjectMapper().readTree(
                input.next(InputKind.ACCOUNTS, time, BenchInput.customerId(3)).value());
        assertEquals("C000004", json.get("customer_id").asText());
        assertEquals("2026-03-05T10:00:00.250Z", json.get("updated_at").asText());
        assertFalse(json.get("tier").asText().isBlank());
    }
}
