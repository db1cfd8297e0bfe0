package io.cxpulse.jobs;

import static io.cxpulse.jobs.testing.SchemaAssertions.assertInvalid;
import static io.cxpulse.jobs.testing.SchemaAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.ReviewRollup;
import io.cxpulse.reviews.NameCount;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.ReviewRollupJson;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link ReviewRollupJson} writes records that docs/schemas/cx.rollups.reviews accepts. */
class ReviewRollupsSchemaTest {

    private static final String TOPIC = "cx.rollups.reviews";
    private static final OutputJson OUT = new OutputJson();
    private static final long DAY = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli();
    private static final NameCount[] NONE = new NameCount[0];

    private static ObjectNode rollup(String dimension, String value, long[] histogram, long texts,
            Double meanSentiment, NameCount[] aspects, NameCount[] terms, int revision) {
        long reviews = 0;
        long stars = 0;
        for (int i = 0; i < 5; i++) {
            reviews += histogram[i];
            stars += (i + 1) * histogram[i];
        }
        return ReviewRollupJson.reviewRollup(OUT, new ReviewRollup("1d", DAY, DAY + 86_400_000L,
                dimension, value, reviews, histogram, (double) stars / reviews,
                (double) (histogram[0] + histogram[1]) / reviews, texts, meanSentiment, 3, 2, 1,
                aspects, terms, reviews < 30, revision));
    }

    private static ObjectNode typical() {
        return rollup("source", "google", new long[] {12, 3, 4, 6, 15}, 39, -0.21734,
                new NameCount[] {new NameCount("billing", 9), new NameCount("support", 4)},
                new NameCount[] {new NameCount("charged", 7), new NameCount("גרוע", 2)}, 1);
    }

    @Test
    void encodedRollupsMatchTheSchema() {
        assertValid(TOPIC, typical());
        assertValid(TOPIC, rollup("overall", "all", new long[] {0, 0, 0, 0, 1}, 0, null, NONE,
                NONE, 1));
        assertValid(TOPIC, rollup("region", "unknown", new long[] {1, 0, 0, 0, 0}, 1, -1.0,
                new NameCount[] {new NameCount("app", 1)}, NONE, 3));
        assertValid(TOPIC, rollup("language", "he", new long[] {0, 0, 2, 0, 0}, 2, 0.0, NONE,
                NONE, 2));
        ObjectNode odd = ReviewRollupJson.reviewRollup(OUT, new ReviewRollup("90ms", DAY + 999,
                DAY + 1_089, "store", "tel-aviv", 1, new long[] {0, 0, 0, 1, 0}, 4, 0, 1, 1.0, 0,
                0, 0, NONE, NONE, true, 1));
        assertEquals("2026-03-10T00:00:00.999Z", odd.get("window_start").asText());
        assertValid(TOPIC, odd);
    }

    @Test
    void schemaRejectsWhatTheEncoderNeverWrites() {
        broken(n -> n.remove("revision"));
        broken(n -> n.put("revision", 0));
        broken(n -> n.put("reviews", 0));
        broken(n -> n.put("dimension", "channel"));
        broken(n -> n.put("extra", 1));
        broken(n -> n.putNull("mean_sentiment"));                 // texts > 0
        broken(n -> n.put("negative_share", 1.5));
        broken(n -> n.put("mean_rating", 0.5));
        broken(n -> n.put("low_sample", "no"));
        broken(n -> ((ObjectNode) n.get("rating_histogram")).remove("3"));
        broken(n -> ((ObjectNode) n.get("rating_histogram")).put("6", 1));
        broken(n -> ((ObjectNode) n.get("top_negative_aspects").get(0)).put("count", 0));
        broken(n -> ((ObjectNode) n.get("top_negative_terms").get(0)).remove("term"));
        broken(n -> n.put("dimension", "overall"));               // value must be all
        broken(n -> {
            n.put("texts", 0);                                   // no texts, yet a mean
        });
    }

    private static void broken(Consumer<ObjectNode> damage) {
        ObjectNode node = typical();
        assertValid(TOPIC, node);
        damage.accept(node);
        assertInvalid(TOPIC, node);
    }

    @Test
    void schemaHasItsIdAndDocumentsEveryField() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(
                Files.readAllBytes(SchemaAssertions.schemaFile(TOPIC)));
        assertEquals("https://cx-pulse.io/schemas/" + TOPIC + ".schema.json",
                schema.path("$id").asText());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(false, schema.path("additionalProperties").asBoolean(true));
        JsonNode encoded = typical();
        encoded.fieldNames().forEachRemaining(field -> {
            JsonNode property = schema.path("properties").path(field);
            assertEquals(true, property.path("description").isTextual(), field + " undocumented");
        });
        assertEquals(encoded.size(), schema.path("properties").size(),
                "schema and encoder list the same fields");
        assertEquals(encoded.size(), schema.path("required").size());
    }
}
