package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.SourcePosition;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records nobody here wrote: other encodings, odd whitespace, numbers written oddly or beyond
 * any sense, duplicate keys, and records at and past every limit of docs/topics.md. Each is
 * accepted or rejected with the error type the contract names, and never makes the parser throw.
 */
class HostileInputTest {

    private static final SourcePosition POSITION = SourcePosition.file("cx.feedback.jsonl", 7);
    private static final String TS = "\"timestamp\":\"2026-03-01T10:15:00Z\"";

    private final EventParser parser = new EventParser();

    private Envelope parse(InputKind kind, byte[] payload) {
        return parser.parse(kind, POSITION, payload);
    }

    private Envelope parse(InputKind kind, String json) {
        return parse(kind, json.getBytes(StandardCharsets.UTF_8));
    }

    static String feedback(String fields) {
        return "{\"event_id\":\"fb-1\"," + TS + ",\"customer_id\":\"C1\",\"nps\":9"
                + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static String withNps(String nps) {
        return "{\"event_id\":\"fb-1\"," + TS + ",\"customer_id\":\"C1\",\"nps\":" + nps + "}";
    }

    private static String review(String rating) {
        return "{\"event_id\":\"rv-1\"," + TS + ",\"rating\":" + rating
                + ",\"text\":\"ok\",\"source\":\"google\"}";
    }

    private static String purchase(String amount) {
        return "{\"event_id\":\"ix-1\"," + TS + ",\"customer_id\":\"C1\",\"type\":\"purchase\","
                + "\"amount\":" + amount + "}";
    }

    private static Envelope accepted(Envelope e) {
        assertTrue(e.isValid(), () -> e.error().type() + ": " + e.error().reason());
        return e;
    }

    private static ParseError rejected(Envelope e, String type) {
        assertFalse(e.isValid(), "expected a rejection as " + type);
        assertEquals(type, e.error().type(), e.error().reason());
        return e.error();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Nested
    class Encoding {

        @ParameterizedTest
        @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
        void wideEncodingsWithoutByteOrderMarkAreNotUtf8(String charset) {
            byte[] payload = feedback("").getBytes(Charset.forName(charset));
            ParseError error = rejected(parse(InputKind.FEEDBACK, payload), ParseError.NOT_UTF8);
            assertTrue(error.reason().contains("NUL bytes"), error.reason());
            assertTrue(error.reason().contains("UTF-16 or UTF-32"), error.reason());
        }

        @Test
        void utf16WithByteOrderMarkIsNotUtf8() {
            byte[] payload = feedback("").getBytes(StandardCharsets.UTF_16); // BOM FE FF first
            rejected(parse(InputKind.FEEDBACK, payload), ParseError.NOT_UTF8);
        }

        @Test
        void recordStartingWithANulByteGetsTheNulReason() {
            byte[] payload = concat(new byte[] {0}, feedback("").getBytes(StandardCharsets.UTF_8));
            ParseError error = rejected(parse(InputKind.FEEDBACK, payload), ParseError.NOT_UTF8);
            assertEquals("the record contains NUL bytes (the first at byte 0); is it UTF-16 or"
                    + " UTF-32? The contract is UTF-8", error.reason());
        }

        @Test
        void rawNulInsideAStringIsNotUtf8() {
            byte[] payload = feedback("\"comment\":\"a\u0000b\"").getBytes(StandardCharsets.UTF_8);
            rejected(parse(InputKind.FEEDBACK, payload), ParseError.NOT_UTF8);
        }

        @Test
        void escapedNulInsideAStringIsAccepted() {
            Envelope e = accepted(parse(InputKind.FEEDBACK, feedback("\"comment\":\"a\\u0000b\"")));
            assertEquals("a\u0000b", e.feedback().comment());
        }

        @Test
        void invalidUtf8IsNotUtf8() {
            byte[] payload = concat(feedback("\"comment\":\"").getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'});
            ParseError error = rejected(parse(InputKind.FEEDBACK, payload), ParseError.NOT_UTF8);
            assertEquals("the record is not valid UTF-8 text", error.reason());
        }

        @Test
        void oneLeadingByteOrderMarkIsIgnored() {
            accepted(parse(InputKind.FEEDBACK, concat(BOM, feedback("").getBytes(StandardCharsets.UTF_8))));
        }

        @Test
        void aDoubleByteOrderMarkIsInvalidJsonNamingTheMark() {
            byte[] payload = concat(BOM, BOM, feedback("").getBytes(StandardCharsets.UTF_8));
            ParseError error = rejected(parse(InputKind.FEEDBACK, payload), ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: a byte-order mark (U+FEFF) at character 0"
                    + " outside a string; only one is allowed, as the very first character",
                    error.reason());
        }

        @Test
        void aByteOrderMarkAfterTheObjectIsInvalidJson() {
            byte[] payload = concat(feedback("").getBytes(StandardCharsets.UTF_8), BOM);
            ParseError error = rejected(parse(InputKind.FEEDBACK, payload), ParseError.INVALID_JSON);
            assertTrue(error.reason().contains("byte-order mark"), error.reason());
        }

        @Test
        void aByteOrderMarkInsideAStringIsText() {
            Envelope e = accepted(parse(InputKind.FEEDBACK,
                    feedback("\"comment\":\"\\\"q\\\" \uFEFF ok\"")));
            assertEquals("\"q\" \uFEFF ok", e.feedback().comment());
        }
    }

    @Nested
    class Blank {

        static Stream<String> ecmaScriptSpaces() {
            return "\t\n\u000B\f\r \u00A0\u1680\u2000\u2005\u2007\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF"
                    .chars().mapToObj(c -> String.valueOf((char) c));
        }

        private static String json(String s) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
        }

        @ParameterizedTest
        @MethodSource("ecmaScriptSpaces")
        void idsMadeOfWhitespaceCountAsMissing(String space) {
            String blank = json(space + space);
            ParseError error = rejected(parse(InputKind.FEEDBACK, "{\"event_id\":" + blank + ","
                    + TS + ",\"customer_id\":\"C1\",\"nps\":9}"), ParseError.MISSING_FIELD);
            assertEquals("event_id is required", error.reason());
            error = rejected(parse(InputKind.FEEDBACK, "{\"event_id\":\"x\"," + TS
                    + ",\"customer_id\":" + blank + ",\"nps\":9}"), ParseError.MISSING_FIELD);
            assertEquals("customer_id is required", error.reason());
        }

        @Test
        void everyRequiredTextUsesTheSameRule() {
            String nbsp = "\"\u00A0\u2007\u202F\uFEFF\"";
            rejected(parse(InputKind.REVIEWS, "{\"event_id\":\"r\"," + TS
                    + ",\"rating\":3,\"text\":" + nbsp + ",\"source\":\"g\"}"), ParseError.MISSING_FIELD);
            rejected(parse(InputKind.REVIEWS, "{\"event_id\":\"r\"," + TS
                    + ",\"rating\":3,\"text\":\"t\",\"source\":" + nbsp + "}"), ParseError.MISSING_FIELD);
            rejected(parse(InputKind.REVIEWS, "{\"event_id\":\"r\"," + TS
                    + ",\"rating\":3,\"text\":\"t\",\"source\":\"g\",\"customer_id\":" + nbsp + "}"),
                    ParseError.MISSING_FIELD);
            rejected(parse(InputKind.INTERACTIONS, "{\"event_id\":\"i\"," + TS
                    + ",\"customer_id\":" + nbsp + ",\"type\":\"usage\"}"), ParseError.MISSING_FIELD);
            rejected(parse(InputKind.ACCOUNTS, "{\"customer_id\":\"C1\",\"tier\":" + nbsp
                    + ",\"annual_value\":1," + TS + "}"), ParseError.MISSING_FIELD);
            rejected(parse(InputKind.ACCOUNTS, "{\"customer_id\":\"C1\",\"event_id\":" + nbsp
                    + ",\"tier\":\"key\",\"annual_value\":1," + TS + "}"), ParseError.MISSING_FIELD);
        }

        @Test
        void separatorsAndZeroWidthSpacesAreNotBlank() {
            Envelope e = accepted(parse(InputKind.FEEDBACK, "{\"event_id\":\"\\u001c\\u200b\","
                    + TS + ",\"customer_id\":\"\\u0085\",\"nps\":9}"));
            assertEquals("\u001C\u200B", e.feedback().eventId());
        }
    }

    @Nested
    class Integers {

        @ParameterizedTest
        @ValueSource(strings = {"9", "9.0", "9e0", "0.9e1", "90E-1", "9.000"})
        void anyIntegralNumberIsAWholeNps(String nps) {
            assertEquals(9, accepted(parse(InputKind.FEEDBACK, withNps(nps))).feedback().nps());
        }

        @Test
        void tenWrittenAsOneEOneIsTen() {
            assertEquals(10, accepted(parse(InputKind.FEEDBACK, withNps("1e1"))).feedback().nps());
        }

        @ParameterizedTest
        @ValueSource(strings = {"9.5", "9.000000000000000001", "1e-999999", "1e999999", "-0.5",
                "11.0", "1e400", "-1e999999"})
        void fractionsAndOutOfRangeNumbersAreInvalid(String nps) {
            ParseError error = rejected(parse(InputKind.FEEDBACK, withNps(nps)),
                    ParseError.INVALID_FIELD);
            assertTrue(error.reason().startsWith("nps must be an integer 0-10, got "), error.reason());
        }

        @ParameterizedTest
        @ValueSource(strings = {"5.0", "5e0", "0.5e1"})
        void ratingWrittenWithAFractionOfZeroIsAccepted(String rating) {
            assertEquals(5, accepted(parse(InputKind.REVIEWS, review(rating))).review().rating());
        }

        @Test
        void customerIdWrittenAsAWholeDecimalIsItsIntegerText() {
            assertEquals("7", accepted(parse(InputKind.FEEDBACK, "{\"event_id\":\"x\"," + TS
                    + ",\"customer_id\":7.0,\"nps\":9}")).feedback().customerId());
            assertEquals("1000", accepted(parse(InputKind.FEEDBACK, "{\"event_id\":\"x\"," + TS
                    + ",\"customer_id\":1e3,\"nps\":9}")).feedback().customerId());
        }

        @Test
        void customerIdWithAnAbsurdExponentIsOutOfRangeNotExpanded() {
            ParseError error = rejected(parse(InputKind.FEEDBACK, "{\"event_id\":\"x\"," + TS
                    + ",\"customer_id\":1e999999,\"nps\":9}"), ParseError.INVALID_FIELD);
            assertTrue(error.reason().startsWith("customer_id is out of range"), error.reason());
        }

        @Test
        void epochMillisWrittenAsADecimalAreAccepted() {
            Envelope e = accepted(parse(InputKind.FEEDBACK,
                    "{\"event_id\":\"x\",\"timestamp\":1.772412132E12,\"customer_id\":\"C1\",\"nps\":9}"));
            assertEquals(1_772_412_132_000L, e.eventTime());
        }
    }

    @Nested
    class Timestamps {

        private Envelope at(String timestamp) {
            return parse(InputKind.FEEDBACK,
                    "{\"event_id\":\"x\",\"timestamp\":" + timestamp + ",\"customer_id\":\"C1\",\"nps\":9}");
        }

        @Test
        void theYearIsTheOneWrittenInTheTextsOwnZone() {
            // 1999-12-31T23:30Z and 2100-01-01T00:30Z, but written in 2000 and 2099
            assertEquals(946_683_000_000L, accepted(at("\"2000-01-01T00:30:00+01:00\"")).eventTime());
            assertEquals(4_102_446_600_000L, accepted(at("\"2099-12-31T23:30:00-01:00\"")).eventTime());
            // 2000-01-01T00:30Z, but written in 1999
            ParseError error = rejected(at("\"1999-12-31T23:30:00-01:00\""), ParseError.INVALID_FIELD);
            assertEquals("timestamp must fall in the years 2000-2099, got \"1999-12-31T23:30:00-01:00\"",
                    error.reason());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"+999999999-12-31T23:59:59Z\"", "\"999999999-12-31T23:59:59Z\"",
                "\"2026-03-01T10:15:00.1234567890123456789Z\"", "\"2026-02-30T10:15:00Z\"",
                "\"2026-03-01T10:15:00+19:00\"", "1e30", "-1", "1e999999", "-1e999999",
                "1772412132000.5", "1772412132000.0000000000000000000000001", "0", "4102444800000"})
        void extremeValuesAreInvalidFields(String timestamp) {
            rejected(at(timestamp), ParseError.INVALID_FIELD);
        }

        @Test
        void aHugeTimestampTextIsShortenedInTheReason() {
            ParseError error = rejected(at("\"2026-" + "9".repeat(500_000) + "\""),
                    ParseError.INVALID_FIELD);
            assertTrue(error.reason().length() < 200, error.reason());
        }
    }

    @Nested
    class DuplicateKeys {

        @Test
        void aRepeatedFieldIsInvalidJsonNamingIt() {
            ParseError error = rejected(parse(InputKind.FEEDBACK, feedback("\"nps\":3")),
                    ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: the field \"nps\" appears twice in one object",
                    error.reason());
        }

        @Test
        void aRepeatedFieldInANestedUnknownObjectIsInvalidJsonToo() {
            ParseError error = rejected(parse(InputKind.FEEDBACK,
                    feedback("\"campaign\":{\"id\":1,\"id\":2}")), ParseError.INVALID_JSON);
            assertTrue(error.reason().contains("\"id\" appears twice"), error.reason());
        }
    }

    @Nested
    class Limits {

        /** A valid feedback record of exactly {@code size} bytes, padded in its comment. */
        private byte[] feedbackOfSize(int size) {
            String head = feedback("\"comment\":\"");
            head = head.substring(0, head.length() - 1);
            int pad = size - head.getBytes(StandardCharsets.UTF_8).length - 2;
            byte[] bytes = (head + "x".repeat(pad) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertEquals(size, bytes.length);
            return bytes;
        }

        @Test
        void aRecordOfExactlyOneMebibyteIsAccepted() {
            accepted(parse(InputKind.FEEDBACK, feedbackOfSize(InputLimits.MAX_RECORD_BYTES)));
        }

        @Test
        void aRecordOfOneByteMoreIsTooLarge() {
            ParseError error = rejected(parse(InputKind.FEEDBACK,
                    feedbackOfSize(InputLimits.MAX_RECORD_BYTES + 1)), ParseError.TOO_LARGE);
            assertEquals("the record is 1048577 bytes, more than the limit of 1048576 bytes (1 MiB)",
                    error.reason());
        }

        @Test
        void sizeIsCheckedBeforeTheEncoding() {
            byte[] utf16 = new byte[InputLimits.MAX_RECORD_BYTES + 2]; // all NUL bytes
            rejected(parse(InputKind.FEEDBACK, utf16), ParseError.TOO_LARGE);
        }

        @Test
        void nestingOfSixtyFourLevelsIsAcceptedAndSixtyFiveIsNot() {
            // the record is level 1, so 63 more levels of unknown field make 64
            accepted(parse(InputKind.FEEDBACK, feedback("\"deep\":" + nested(63))));
            ParseError error = rejected(parse(InputKind.FEEDBACK, feedback("\"deep\":" + nested(64))),
                    ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: nested deeper than 64 levels", error.reason());
        }

        @Test
        void nestingOfNineHundredNinetyNineLevelsIsRejected() {
            rejected(parse(InputKind.FEEDBACK, feedback("\"deep\":" + nested(999))),
                    ParseError.INVALID_JSON);
        }

        @Test
        void aNumberOfOneThousandCharactersIsAcceptedAndLongerIsNot() {
            accepted(parse(InputKind.FEEDBACK, feedback("\"n\":" + "7".repeat(1000))));
            ParseError error = rejected(parse(InputKind.FEEDBACK, feedback("\"n\":" + "7".repeat(1001))),
                    ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: a number longer than 1000 characters",
                    error.reason());
        }

        @Test
        void aFieldNameOfFiftyThousandCharactersIsAcceptedAndLongerIsNot() {
            accepted(parse(InputKind.FEEDBACK, feedback("\"" + "k".repeat(50_000) + "\":1")));
            ParseError error = rejected(parse(InputKind.FEEDBACK,
                    feedback("\"" + "k".repeat(50_001) + "\":1")), ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: a field name longer than 50000 characters",
                    error.reason());
        }

        @Test
        void aLongDuplicateNameIsShortenedInTheReason() {
            String name = "k".repeat(10_000);
            ParseError error = rejected(parse(InputKind.FEEDBACK,
                    feedback("\"" + name + "\":1,\"" + name + "\":2")), ParseError.INVALID_JSON);
            assertEquals("the record is not valid JSON: the field \"" + "k".repeat(57)
                    + "...\" appears twice in one object", error.reason());
        }

        @Test
        void anExponentNoDecimalCanHoldIsInvalidJsonNotAnException() {
            rejected(parse(InputKind.FEEDBACK, feedback("\"n\":1e9999999999")), ParseError.INVALID_JSON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e999999", "1e-999999", "-1e999999", "1000000000000000.01",
                "1e16", "0.1234567891", "1E+16"})
        void decimalsBeyondTheLimitsAreOutOfRange(String amount) {
            ParseError error = rejected(parse(InputKind.INTERACTIONS, purchase(amount)),
                    ParseError.INVALID_FIELD);
            assertTrue(error.reason().startsWith("amount is out of range"), error.reason());
            error = rejected(parse(InputKind.ACCOUNTS, "{\"customer_id\":\"C1\",\"tier\":\"key\","
                    + "\"annual_value\":" + amount + "," + TS + "}"), ParseError.INVALID_FIELD);
            assertTrue(error.reason().startsWith("annual_value is out of range"), error.reason());
        }

        @Test
        void decimalsAtTheLimitsAreKept() {
            assertEquals(new BigDecimal("1000000000000000"),
                    accepted(parse(InputKind.INTERACTIONS, purchase("1e15"))).interaction().amount());
            assertEquals(new BigDecimal("-0.123456789"),
                    accepted(parse(InputKind.INTERACTIONS, purchase("-0.123456789"))).interaction().amount());
            assertEquals(new BigDecimal("1.5"), accepted(parse(InputKind.INTERACTIONS,
                    purchase("1.50000000000000000000"))).interaction().amount());
            assertEquals(new BigDecimal("755.90"),
                    accepted(parse(InputKind.INTERACTIONS, purchase("755.90"))).interaction().amount());
        }
    }

    /** {@code depth} levels of nested objects, e.g. 2 is {"a":{"a":0}}. */
    static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "0" + "}".repeat(depth);
    }
}
