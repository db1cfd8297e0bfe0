package io.cxpulse.jobs;

import static io.cxpulse.jobs.testing.SchemaAssertions.assertInvalid;
import static io.cxpulse.jobs.testing.SchemaAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.drivers.ReviewDriverTally;
import io.cxpulse.drivers.SurveyDriverTally;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.serde.DriverRollupJson;
import io.cxpulse.serde.OutputJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link DriverRollupJson} writes records that docs/schemas/cx.rollups.drivers accepts. */
class DriverSchemasTest {

    static final String TOPIC = "cx.rollups.drivers";
    static final OutputJson OUT = new OutputJson();
    static final long DAY = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli();

    static AspectSentiment[] aspects(Object... nameAndScore) {
        AspectSentiment[] out = new AspectSentiment[nameAndScore.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new AspectSentiment((String) nameAndScore[2 * i],
                    (Double) nameAndScore[2 * i + 1], 1);
        }
        return out;
    }

    static DriverRollup survey() {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(10, true, aspects("price", 0.5));
        t.add(9, false, aspects());
        t.add(8, true, aspects("price", -0.4));
        t.add(6, true, aspects("price", -0.8, "support", -0.3));
        t.add(3, true, aspects("support", -0.7, "delivery", -0.5));
        t.add(0, false, aspects());
        return t.rollup("tier", "gold", "1d", DAY, DAY + 86_400_000L, 2, 1);
    }

    static DriverRollup reviews() {
        ReviewDriverTally t = new ReviewDriverTally();
        t.add(1, true, aspects("billing", -0.8, "app", 0.3));
        t.add(2, true, aspects("billing", -0.2));
        t.add(5, true, aspects("app", 0.6));
        return t.rollup("source", "google", "1d", DAY, DAY + 86_400_000L, 2, 3);
    }

    @Test
    void surveyRollupMatchesTheSchema() {
        ObjectNode node = DriverRollupJson.driverRollup(OUT, survey());
        assertValid(TOPIC, node);
        assertEquals("survey", node.get("source_kind").asText());
        assertEquals(6, node.get("responses").asLong());
        assertEquals(-16.67, node.get("nps").asDouble()); // (2 - 3) / 6
        // support: 2 detractors criticise it (-100); others 2 promoters, 1 passive, 1 detractor (25)
        JsonNode first = node.get("aspects").get(0);
        assertEquals("support", first.get("aspect").asText());
        assertEquals(1, first.get("rank").asInt());
        assertEquals(-100.0, first.get("nps_negative").asDouble());
        assertEquals(25.0, first.get("nps_others").asDouble());
        assertEquals(125.0, first.get("nps_impact").asDouble());
        assertEquals(1.0, first.get("detractor_share").asDouble()); // both detractor comments
        // price: a passive and a detractor (-50); others 2 promoters, 2 detractors (0)
        JsonNode price = node.get("aspects").get(1);
        assertEquals("price", price.get("aspect").asText());
        assertEquals(-50.0, price.get("nps_negative").asDouble());
        assertEquals(0.0, price.get("nps_others").asDouble());
        assertEquals(50.0, price.get("nps_impact").asDouble());
        assertEquals(0.5, price.get("detractor_share").asDouble());
        assertEquals(4, price.get("responses_others").asLong());
        JsonNode delivery = node.get("aspects").get(2);
        assertEquals("delivery", delivery.get("aspect").asText());
        assertTrue(delivery.get("low_sample").asBoolean());
    }

    @Test
    void reviewRollupMatchesTheSchema() {
        ObjectNode node = DriverRollupJson.driverRollup(OUT, reviews());
        assertValid(TOPIC, node);
        assertEquals(2.667, node.get("mean_rating").asDouble());
        JsonNode app = node.get("aspects").get(1);
        assertEquals("app", app.get("aspect").asText());
        assertTrue(app.get("rating_impact").isNull(), "praised only: no impact");
        assertTrue(app.get("mean_rating_negative").isNull());
        assertEquals(3, node.get("revision").asInt());
    }

    @Test
    void rollupWithoutAspectsOrDetractorCommentsMatchesTheSchema() {
        SurveyDriverTally t = new SurveyDriverTally();
        t.add(9, false, aspects());
        ObjectNode node = DriverRollupJson.driverRollup(OUT, t.rollup("overall", "all", "1d", DAY, DAY + 1, 20, 1));
        assertValid(TOPIC, node);
        assertEquals(0, node.get("aspects").size());

        SurveyDriverTally praise = new SurveyDriverTally();
        praise.add(10, true, aspects("staff", 0.9));
        ObjectNode p = DriverRollupJson.driverRollup(OUT, praise.rollup("overall", "all", "1d", DAY, DAY + 1, 20, 1));
        assertValid(TOPIC, p);
        assertTrue(p.get("aspects").get(0).get("detractor_share").isNull());
    }

    @Test
    void keyNamesWindowSourceKindSegmentAndStart() {
        assertEquals("1d|survey|tier|gold|2026-03-10T00:00:00Z", survey().key());
        assertEquals("1d|reviews|source|google|2026-03-10T00:00:00Z", reviews().key());
    }

    @Test
    void brokenRecordsFail() {
        broken(true, n -> n.remove("revision"));
        broken(true, n -> n.put("source_kind", "reviews"));
        broken(true, n -> n.put("dimension", "source"));
        broken(true, n -> n.put("dimension", "overall"));
        broken(true, n -> n.put("reviews", 3));
        broken(true, n -> n.put("surprise", 1));
        broken(true, n -> aspect(n).put("aspect", "weather"));
        broken(true, n -> aspect(n).remove("nps_impact"));
        broken(true, n -> aspect(n).put("rating_impact", 1.0));
        broken(true, n -> aspect(n).put("detractor_share", 1.5));
        broken(false, n -> n.put("dimension", "tier"));
        broken(false, n -> n.putNull("mean_rating"));
        broken(false, n -> aspect(n).put("nps_impact", 10.0));
        broken(false, n -> aspect(n).put("mean_rating_others", 6.0));
        broken(false, n -> aspect(n).put("low_sample", "yes"));
    }

    @Test
    void schemaHasItsId() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(
                Files.readAllBytes(SchemaAssertions.schemaFile(TOPIC)));
        assertEquals("https://cx-pulse.io/schemas/cx.rollups.drivers.schema.json",
                schema.path("$id").asText());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }

    @Test
    void documentedExamplesMatchTheSchema() throws Exception {
        String topics = Files.readString(Path.of("..", "docs", "topics.md"));
        int from = topics.indexOf("### cx.rollups.drivers");
        String doc = topics.substring(from, topics.indexOf("\n### ", from + 1));
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        Set<String> kinds = new HashSet<>();
        while (m.find()) {
            JsonNode example = new ObjectMapper().readTree(m.group(1));
            assertValid(TOPIC, example);
            kinds.add(example.get("source_kind").asText());
        }
        assertEquals(Set.of("survey", "reviews"), kinds);
    }

    private static ObjectNode aspect(ObjectNode rollup) {
        return (ObjectNode) rollup.get("aspects").get(0);
    }

    private static void broken(boolean survey, Consumer<ObjectNode> damage) {
        ObjectNode node = DriverRollupJson.driverRollup(OUT, survey ? survey() : reviews());
        assertValid(TOPIC, node);
        damage.accept(node);
        assertInvalid(TOPIC, node);
    }
}
