package io.cxpulse.jobs;

import static io.cxpulse.jobs.testing.SchemaAssertions.assertInvalid;
import static io.cxpulse.jobs.testing.SchemaAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.RetentionRollup;
import io.cxpulse.serde.CustomerSignalJson;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.RetentionRollupJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The retention encoders write what their schemas accept, and the documented examples match. */
class RetentionSchemasTest {

    static final String SIGNALS = "cx.customer-signals";
    static final String ROLLUPS = "cx.rollups.retention";
    static final OutputJson OUT = new OutputJson();
    static final long DAY = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli();

    static CustomerSignal signal() {
        return new CustomerSignal("C0007", "at_risk", DAY + 33_164_000L,
                "said they may leave", true, "at_risk", "churn_intent", "key", 1_240_000.0,
                0.123456, 0.1, 2.0, 3, 9120.5, 3, 9120.5, 2, "detractor", -0.71, true, 4);
    }

    static RetentionRollup rollup(long previousActive, long active) {
        return new RetentionRollup("1d", DAY, DAY + 86_400_000L, "tier", "key", active, 1, 2, 0, 1,
                previousActive, Math.min(previousActive, active),
                previousActive == 0 ? null : (double) Math.min(previousActive, active) / previousActive,
                1234.567, active == 0 ? null : 1234.567 / active, 1, 0, 1);
    }

    @Test
    void signalEncodesEveryFieldAndMatchesTheSchema() {
        ObjectNode node = CustomerSignalJson.customerSignal(OUT, signal());
        assertValid(SIGNALS, node);
        assertEquals("2026-03-10T09:12:44Z", node.get("timestamp").asText());
        assertEquals(0.1235, node.at("/evidence/days_since_last_activity").asDouble());
        assertEquals(1_240_000.0, node.at("/evidence/annual_value").asDouble());
    }

    @Test
    void signalOfAnUnseenCustomerWithoutAccountMatches() {
        ObjectNode node = CustomerSignalJson.customerSignal(OUT, new CustomerSignal("C9", "new", DAY,
                "first activity: signup", false, "active", null, null, null, 0.0, null, 45.0, 0, 0,
                0, 0, null, null, null, false, 0));
        assertValid(SIGNALS, node);
        assertEquals(true, node.get("tier").isNull());
    }

    @Test
    void rollupMatchesTheSchemaWithAndWithoutDenominators() {
        assertValid(ROLLUPS, RetentionRollupJson.retentionRollup(OUT, rollup(10, 9)));
        ObjectNode first = RetentionRollupJson.retentionRollup(OUT, rollup(0, 5));
        assertValid(ROLLUPS, first);
        assertEquals(true, first.get("retention_rate").isNull());
        ObjectNode nobody = RetentionRollupJson.retentionRollup(OUT, rollup(4, 0));
        assertValid(ROLLUPS, nobody);
        assertEquals(true, nobody.get("revenue_per_active").isNull());
        assertEquals(1234.57, first.get("revenue").asDouble());
    }

    @Test
    void brokenRecordsFail() {
        brokenSignal(n -> n.put("signal", "happy"));
        brokenSignal(n -> n.remove("key_account"));
        brokenSignal(n -> n.put("cause", (String) null).put("status", "at_risk"));
        brokenSignal(n -> n.put("status", "active"));
        brokenSignal(n -> ((ObjectNode) n.get("evidence")).put("last_nps", 11));
        brokenSignal(n -> ((ObjectNode) n.get("evidence")).put("surprise", 1));
        brokenSignal(n -> n.put("timestamp", "2026-03-10 09:12"));
        brokenRollup(n -> n.put("retention_rate", 1.2));
        brokenRollup(n -> n.putNull("retention_rate"));
        brokenRollup(n -> n.put("dimension", "channel"));
        brokenRollup(n -> n.put("dimension", "overall"));
        brokenRollup(n -> n.remove("revision"));
        brokenRollup(n -> n.put("loyal_critics", -1));
    }

    @Test
    void documentedExamplesMatchTheSchemas() throws Exception {
        String topics = Files.readString(Path.of("..", "docs", "topics.md"));
        int from = topics.indexOf("### cx.customer-signals");
        int retention = topics.indexOf("### cx.rollups.retention", from);
        String doc = topics.substring(from, topics.indexOf("\n### ", retention));
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        int examples = 0;
        while (m.find()) {
            JsonNode example = new ObjectMapper().readTree(m.group(1));
            assertValid(example.has("signal") ? SIGNALS : ROLLUPS, example);
            examples++;
        }
        assertEquals(3, examples);
    }

    private static void brokenSignal(Consumer<ObjectNode> damage) {
        ObjectNode node = CustomerSignalJson.customerSignal(OUT, signal());
        assertValid(SIGNALS, node);
        damage.accept(node);
        assertInvalid(SIGNALS, node);
    }

    private static void brokenRollup(Consumer<ObjectNode> damage) {
        ObjectNode node = RetentionRollupJson.retentionRollup(OUT, rollup(10, 9));
        assertValid(ROLLUPS, node);
        damage.accept(node);
        assertInvalid(ROLLUPS, node);
    }
}
