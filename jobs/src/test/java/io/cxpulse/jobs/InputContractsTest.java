package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.DeadLetters;
import io.cxpulse.serde.EventParser;
import io.cxpulse.serde.InputLimits;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.Whitespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The input rules that the issue found code and schemas disagreeing on: blank text, whole
 * numbers written as decimals, the years of ISO timestamps, and decimal ranges. For each record
 * here the parser and the topic's JSON Schema give the same answer.
 */
class InputContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TS = "\"timestamp\":\"2026-03-10T08:15:42Z\"";

    /** Every required text or id field of the input schemas, as a path to its string schema. */
    private static final Map<String, List<String>> NOT_BLANK = Map.of(
            "cx.feedback", List.of("/properties/event_id", "/properties/customer_id/oneOf/0"),
            "cx.reviews", List.of("/properties/event_id", "/properties/text",
                    "/properties/source", "/properties/customer_id/oneOf/0"),
            "cx.interactions", List.of("/properties/event_id", "/properties/customer_id/oneOf/0"),
            "cx.accounts", List.of("/properties/event_id/oneOf/0", "/properties/customer_id/oneOf/0",
                    "/properties/tier"));

    @Test
    void everyRequiredTextUsesOneNotBlankPatternThatMeansWhatTheParserDoes() throws IOException {
        List<String> patterns = new ArrayList<>();
        for (var topic : NOT_BLANK.entrySet()) {
            JsonNode schema = JSON.readTree(Files.readAllBytes(SchemaAssertions.schemaFile(topic.getKey())));
            for (String path : topic.getValue()) {
                JsonNode pattern = schema.at(path).path("pattern");
                assertTrue(pattern.isTextual(), topic.getKey() + path + " has no pattern");
                patterns.add(pattern.textValue());
            }
        }
        assertEquals(1, patterns.stream().distinct().count(), "patterns differ: " + patterns);
        Pattern notBlank = Pattern.compile(patterns.get(0));
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertEquals(!Whitespace.isSpace((char) c), notBlank.matcher(one).find(),
                    String.format("U+%04X", c));
        }
    }

    static Stream<Arguments> records() {
        InputKind f = InputKind.FEEDBACK;
        InputKind r = InputKind.REVIEWS;
        InputKind i = InputKind.INTERACTIONS;
        InputKind a = InputKind.ACCOUNTS;
        String fb = "{\"event_id\":\"x\"," + TS + ",";
        String rv = "{\"event_id\":\"x\"," + TS + ",\"text\":\"t\",\"source\":\"g\",";
        String ix = "{\"event_id\":\"x\"," + TS + ",\"customer_id\":\"C1\",\"type\":\"purchase\",";
        String ac = "{\"customer_id\":\"C1\",\"tier\":\"key\"," + TS + ",";
        return Stream.of(
                // blank is ECMAScript whitespace
                Arguments.of(f, true, fb + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, false, fb + "\"customer_id\":\"\\u00a0\\u2007\\u202f\",\"nps\":9}"),
                Arguments.of(f, false, fb + "\"customer_id\":\"\\ufeff\",\"nps\":9}"),
                Arguments.of(f, false, fb + "\"customer_id\":\"\\u3000\\u2028\",\"nps\":9}"),
                Arguments.of(f, true, fb + "\"customer_id\":\"\\u001c\",\"nps\":9}"),
                Arguments.of(f, true, fb + "\"customer_id\":\"\\u200b\",\"nps\":9}"),
                Arguments.of(r, false, "{\"event_id\":\"\\u00a0\"," + TS
                        + ",\"text\":\"t\",\"source\":\"g\",\"rating\":3}"),
                Arguments.of(r, false, "{\"event_id\":\"x\"," + TS
                        + ",\"text\":\"\\u202f\",\"source\":\"g\",\"rating\":3}"),
                Arguments.of(a, false, ac + "\"annual_value\":1,\"event_id\":\"\\u205f\"}"),
                Arguments.of(a, false, "{\"customer_id\":\"C1\",\"tier\":\"\\u1680\"," + TS
                        + ",\"annual_value\":1}"),
                // whole numbers however written
                Arguments.of(f, true, fb + "\"customer_id\":\"C1\",\"nps\":9.0}"),
                Arguments.of(f, true, fb + "\"customer_id\":\"C1\",\"nps\":0.9e1}"),
                Arguments.of(f, true, fb + "\"customer_id\":\"C1\",\"nps\":1e1}"),
                Arguments.of(f, false, fb + "\"customer_id\":\"C1\",\"nps\":9.5}"),
                Arguments.of(f, false, fb + "\"customer_id\":\"C1\",\"nps\":1.1e1}"),
                Arguments.of(f, true, fb + "\"customer_id\":7.0,\"nps\":9}"),
                Arguments.of(f, false, fb + "\"customer_id\":7.5,\"nps\":9}"),
                Arguments.of(r, true, rv + "\"rating\":5.0}"),
                Arguments.of(r, false, rv + "\"rating\":4.5}"),
                Arguments.of(f, true, "{\"event_id\":\"x\",\"timestamp\":1.772412132E12,"
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, false, "{\"event_id\":\"x\",\"timestamp\":1772412132000.5,"
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                // the year of an ISO timestamp is the one written
                Arguments.of(f, true, "{\"event_id\":\"x\",\"timestamp\":\"2000-01-01T00:30:00+01:00\","
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, true, "{\"event_id\":\"x\",\"timestamp\":\"2099-12-31T23:30:00-01:00\","
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, false, "{\"event_id\":\"x\",\"timestamp\":\"1999-12-31T23:30:00-01:00\","
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, false, "{\"event_id\":\"x\",\"timestamp\":\"2100-01-01T00:00:00Z\","
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                Arguments.of(f, false, "{\"event_id\":\"x\",\"timestamp\":\"1970-01-01T00:00:00Z\","
                        + "\"customer_id\":\"C1\",\"nps\":9}"),
                // decimals within 1e15
                Arguments.of(i, true, ix + "\"amount\":1e15}"),
                Arguments.of(i, true, ix + "\"amount\":-1e15}"),
                Arguments.of(i, false, ix + "\"amount\":1.000000001e15}"),
                Arguments.of(i, false, ix + "\"amount\":-2e15}"),
                Arguments.of(a, true, ac + "\"annual_value\":999999999999999.5}"),
                Arguments.of(a, false, ac + "\"annual_value\":1e16}"));
    }

    @ParameterizedTest
    @MethodSource("records")
    void parserAndSchemaAgree(InputKind kind, boolean valid, String json) throws Exception {
        Envelope envelope = new EventParser().parse(kind, SourcePosition.file("test", 1),
                json.getBytes(StandardCharsets.UTF_8));
        List<String> schemaErrors = SchemaAssertions.errors("cx." + kind.key(), read(json));
        assertEquals(valid, envelope.isValid(), () -> "parser: " + envelope.error() + "\n" + json);
        assertEquals(valid, schemaErrors.isEmpty(), () -> "schema: " + schemaErrors + "\n" + json);
    }

    @Test
    void deadLettersOfTheNewRejectionsMatchTheDeadLetterContract() {
        EventParser parser = new EventParser();
        SourcePosition position = SourcePosition.kafka("cx.feedback", 0, 7, 1_772_412_132_000L);
        byte[] utf16 = "{\"nps\":9}".getBytes(StandardCharsets.UTF_16LE);
        byte[] huge = new byte[InputLimits.MAX_RECORD_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] doubleBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF, '{', '}'};
        for (byte[] payload : List.of(utf16, huge, doubleBom)) {
            Envelope rejected = parser.parse(InputKind.FEEDBACK, position, payload);
            assertTrue(!rejected.isValid());
            SchemaAssertions.assertValid("cx.deadletter",
                    new OutputJson().deadLetter(DeadLetters.rejected(rejected, 1_772_412_133_000L)));
        }
    }

    private static JsonNode read(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }
}
