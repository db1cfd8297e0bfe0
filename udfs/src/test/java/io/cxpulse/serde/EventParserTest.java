package io.cxpulse.serde;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.SourcePosition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventParserTest {

    /** 2026-03-01T10:15:00Z. */
    static final long T0 = 1_772_360_100_000L;

    static final SourcePosition POSITION = SourcePosition.kafka("cx.feedback", 3, 42L, T0 + 5);

    private final EventParser parser = new EventParser();

    private Envelope parse(InputKind kind, String json) {
        return parser.parse(kind, POSITION, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String feedback(String fields) {
        return "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                + "\"customer_id\":\"C0001\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static String feedbackWithNps(String nps) {
        return feedback("\"nps\":" + nps);
    }

    private static String feedbackWithTimestamp(String timestamp) {
        return "{\"event_id\":\"fb-1\",\"timestamp\":" + timestamp
                + ",\"customer_id\":\"C0001\",\"nps\":9}";
    }

    private static String review(String fields) {
        return "{\"event_id\":\"rv-1\",\"timestamp\":\"2026-03-01T10:15:00Z\"" + fields + "}";
    }

    private static String interaction(String fields) {
        return "{\"event_id\":\"ix-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                + "\"customer_id\":\"C0001\"" + fields + "}";
    }

    private static void assertRejected(Envelope e, String type, String reason) {
        assertFalse(e.isValid(), "expected a rejection");
        assertEquals(type, e.error().type());
        assertEquals(reason, e.error().reason());
        assertEquals(Long.MIN_VALUE, e.eventTime(), "a rejected record has no event time");
        assertNull(e.feedback());
        assertNull(e.review());
        assertNull(e.interaction());
        assertNull(e.account());
    }

    @Nested
    class Feedback {

        @Test
        void validResponseIsParsedWithAllFields() {
            Envelope e = parse(InputKind.FEEDBACK, feedback(
                    "\"nps\":9,\"comment\":\"great service\",\"channel\":\"app\","
                            + "\"product\":\"fiber\",\"region\":\"center\",\"store\":\"TLV-1\","
                            + "\"agent\":\"A7\",\"language\":\"en\""));
            assertTrue(e.isValid());
            assertNull(e.error());
            assertEquals(InputKind.FEEDBACK, e.kind());
            assertSame(POSITION, e.position());
            assertEquals(T0, e.eventTime());
            FeedbackEvent f = e.feedback();
            assertEquals(new FeedbackEvent("fb-1", T0, "C0001", 9, "great service", "app",
                    "fiber", "center", "TLV-1", "A7", "en", null), f);
        }

        @Test
        void payloadTravelsWithTheEnvelope() {
            byte[] payload = feedbackWithNps("9").getBytes(StandardCharsets.UTF_8);
            Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, payload);
            assertEquals(new String(payload, StandardCharsets.UTF_8),
                    new String(e.payload(), StandardCharsets.UTF_8));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, 7, 10})
        void npsAtEveryValidBoundaryIsAccepted(int nps) {
            Envelope e = parse(InputKind.FEEDBACK, feedbackWithNps(String.valueOf(nps)));
            assertTrue(e.isValid(), () -> e.error().reason());
            assertEquals(nps, e.feedback().nps());
        }

        @Test
        void npsElevenIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("11")),
                    ParseError.INVALID_FIELD, "nps must be an integer 0-10, got 11");
        }

        @Test
        void npsMinusOneIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("-1")),
                    ParseError.INVALID_FIELD, "nps must be an integer 0-10, got -1");
        }

        @Test
        void npsWithFractionIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("7.5")),
                    ParseError.INVALID_FIELD, "nps must be an integer 0-10, got 7.5");
        }

        @Test
        void npsGivenAsStringIsRejectedWithReason() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("\"9\"")),
                    ParseError.INVALID_FIELD, "nps must be an integer 0-10, got \"9\"");
        }

        @Test
        void npsTooLargeForAnIntIsRejectedNotWrapped() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("4294967305")),
                    ParseError.INVALID_FIELD, "nps must be an integer 0-10, got 4294967305");
        }

        @Test
        void missingNpsIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedback("\"comment\":\"ok\"")),
                    ParseError.MISSING_FIELD, "nps is required");
        }

        @Test
        void nullNpsCountsAsMissing() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithNps("null")),
                    ParseError.MISSING_FIELD, "nps is required");
        }

        @Test
        void missingEventIdIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"timestamp\":\"2026-03-01T10:15:00Z\",\"customer_id\":\"C1\",\"nps\":9}"),
                    ParseError.MISSING_FIELD, "event_id is required");
        }

        @Test
        void missingCustomerIdIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\",\"nps\":9}"),
                    ParseError.MISSING_FIELD, "customer_id is required");
        }

        @Test
        void blankEventIdCountsAsMissing() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":\"   \",\"timestamp\":\"2026-03-01T10:15:00Z\","
                                    + "\"customer_id\":\"C1\",\"nps\":9}"),
                    ParseError.MISSING_FIELD, "event_id is required");
        }

        @Test
        void emptyCustomerIdCountsAsMissing() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                                    + "\"customer_id\":\"\",\"nps\":9}"),
                    ParseError.MISSING_FIELD, "customer_id is required");
        }

        @Test
        void customerIdGivenAsIntegerIsAcceptedAsText() {
            Envelope e = parse(InputKind.FEEDBACK,
                    "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                            + "\"customer_id\":12345,\"nps\":9}");
            assertTrue(e.isValid(), () -> e.error().reason());
            assertEquals("12345", e.feedback().customerId());
        }

        @Test
        void customerIdGivenAsFractionIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":\"fb-1\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                                    + "\"customer_id\":12.5,\"nps\":9}"),
                    ParseError.INVALID_FIELD,
                    "customer_id must be non-blank text or a whole number, got 12.5");
        }

        @Test
        void eventIdGivenAsNumberIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":17,\"timestamp\":\"2026-03-01T10:15:00Z\","
                                    + "\"customer_id\":\"C1\",\"nps\":9}"),
                    ParseError.INVALID_FIELD, "event_id must be a string, got 17");
        }

        @Test
        void optionalFieldsGivenAsNullAreTreatedAsAbsent() {
            Envelope e = parse(InputKind.FEEDBACK, feedback(
                    "\"nps\":3,\"comment\":null,\"channel\":null,\"product\":null,"
                            + "\"region\":null,\"store\":null,\"agent\":null,\"language\":null"));
            assertTrue(e.isValid(), () -> e.error().reason());
            FeedbackEvent f = e.feedback();
            assertNull(f.comment());
            assertNull(f.channel());
            assertNull(f.product());
            assertNull(f.region());
            assertNull(f.store());
            assertNull(f.agent());
            assertNull(f.language());
            assertNull(f.extra(), "known fields given as null are not unknown fields");
        }

        @Test
        void optionalTextGivenAsNumberIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedback("\"nps\":9,\"channel\":5")),
                    ParseError.INVALID_FIELD, "channel must be a string, got 5");
        }

        @Test
        void unknownFieldsAreKeptInExtraAsJsonText() throws Exception {
            Envelope e = parse(InputKind.FEEDBACK, feedback(
                    "\"nps\":9,\"survey\":\"q1-2026\",\"meta\":{\"app_version\":\"4.2\",\"beta\":true},"
                            + "\"tags\":[1,2]"));
            assertTrue(e.isValid(), () -> e.error().reason());
            String extra = e.feedback().extra();
            assertNotNull(extra);
            ObjectMapper mapper = new ObjectMapper();
            assertEquals(
                    mapper.readTree("{\"survey\":\"q1-2026\",\"meta\":{\"app_version\":\"4.2\","
                            + "\"beta\":true},\"tags\":[1,2]}"),
                    mapper.readTree(extra));
        }

        @Test
        void withoutUnknownFieldsExtraIsNull() {
            assertNull(parse(InputKind.FEEDBACK, feedbackWithNps("9")).feedback().extra());
        }
    }

    @Nested
    class EventTimes {

        @Test
        void utcTimestampIsParsed() {
            Envelope e = parse(InputKind.FEEDBACK, feedbackWithTimestamp("\"2026-03-01T10:15:00Z\""));
            assertEquals(T0, e.eventTime());
            assertEquals(T0, e.feedback().timestamp());
        }

        @Test
        void offsetTimestampIsTheSameInstantAsItsUtcForm() {
            Envelope e = parse(InputKind.FEEDBACK,
                    feedbackWithTimestamp("\"2026-03-01T12:15:00+02:00\""));
            assertTrue(e.isValid(), () -> e.error().reason());
            assertEquals(T0, e.eventTime());
        }

        @Test
        void fractionalSecondsAreKeptToTheMillisecond() {
            Envelope e = parse(InputKind.FEEDBACK,
                    feedbackWithTimestamp("\"2026-03-01T10:15:00.123Z\""));
            assertEquals(T0 + 123, e.eventTime());
        }

        @Test
        void epochMillisNumberIsAccepted() {
            Envelope e = parse(InputKind.FEEDBACK, feedbackWithTimestamp(String.valueOf(T0)));
            assertTrue(e.isValid(), () -> e.error().reason());
            assertEquals(T0, e.eventTime());
        }

        @Test
        void epochSecondsNumberIsRejectedAsOutsideTheYears2000To2099() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithTimestamp("1772360100")),
                    ParseError.INVALID_FIELD,
                    "timestamp in epoch milliseconds must fall in the years 2000-2099, got 1772360100");
        }

        @Test
        void timestampWithoutZoneIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithTimestamp("\"2026-03-01T10:15:00\"")),
                    ParseError.INVALID_FIELD,
                    "timestamp must be ISO-8601 with a zone (e.g. 2026-03-01T10:15:00Z) or epoch"
                            + " milliseconds, got \"2026-03-01T10:15:00\"");
        }

        @Test
        void wordsAreNotATimestamp() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithTimestamp("\"yesterday\"")),
                    ParseError.INVALID_FIELD,
                    "timestamp must be ISO-8601 with a zone (e.g. 2026-03-01T10:15:00Z) or epoch"
                            + " milliseconds, got \"yesterday\"");
        }

        @Test
        void booleanTimestampIsRejectedNamingTheField() {
            assertRejected(parse(InputKind.FEEDBACK, feedbackWithTimestamp("true")),
                    ParseError.INVALID_FIELD,
                    "timestamp must be ISO-8601 text with a zone or epoch milliseconds, got true");
        }

        @Test
        void missingTimestampIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            "{\"event_id\":\"fb-1\",\"customer_id\":\"C1\",\"nps\":9}"),
                    ParseError.MISSING_FIELD, "timestamp is required");
        }

        @Test
        void isoTimestampOutsideTheYears2000To2099IsRejected() {
            assertRejected(parse(InputKind.FEEDBACK,
                            feedbackWithTimestamp("\"9999-03-01T10:15:00Z\"")),
                    ParseError.INVALID_FIELD,
                    "timestamp must fall in the years 2000-2099, got \"9999-03-01T10:15:00Z\"");
        }

        @Test
        void timestampTooFarInTheFutureIsRejectedNotThrown() {
            Envelope e = assertDoesNotThrow(() -> parse(InputKind.FEEDBACK,
                    feedbackWithTimestamp("\"+999999999-12-31T23:59:59Z\"")));
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_FIELD, e.error().type());
        }
    }

    @Nested
    class Reviews {

        @Test
        void validReviewIsParsed() {
            Envelope e = parse(InputKind.REVIEWS, review(
                    ",\"rating\":4,\"text\":\"solid\",\"source\":\"google\",\"title\":\"Good\","
                            + "\"customer_id\":77,\"language\":\"en\""));
            assertTrue(e.isValid(), () -> e.error().reason());
            assertEquals(new ReviewEvent("rv-1", T0, 4, "solid", "google", "Good", null, null,
                    null, "77", "en", null), e.review());
            assertEquals(T0, e.eventTime());
        }

        @Test
        void reviewWithoutCustomerIdIsAccepted() {
            Envelope e = parse(InputKind.REVIEWS,
                    review(",\"rating\":1,\"text\":\"bad\",\"source\":\"app_store\""));
            assertTrue(e.isValid(), () -> e.error().reason());
            assertNull(e.review().customerId());
        }

        @Test
        void ratingZeroIsRejected() {
            assertRejected(parse(InputKind.REVIEWS,
                            review(",\"rating\":0,\"text\":\"x\",\"source\":\"google\"")),
                    ParseError.INVALID_FIELD, "rating must be an integer 1-5, got 0");
        }

        @Test
        void ratingSixIsRejected() {
            assertRejected(parse(InputKind.REVIEWS,
                            review(",\"rating\":6,\"text\":\"x\",\"source\":\"google\"")),
                    ParseError.INVALID_FIELD, "rating must be an integer 1-5, got 6");
        }

        @Test
        void missingTextIsRejected() {
            assertRejected(parse(InputKind.REVIEWS, review(",\"rating\":3,\"source\":\"google\"")),
                    ParseError.MISSING_FIELD, "text is required");
        }

        @Test
        void blankTextIsRejected() {
            assertRejected(parse(InputKind.REVIEWS,
                            review(",\"rating\":3,\"text\":\" \\t \",\"source\":\"google\"")),
                    ParseError.MISSING_FIELD, "text is required");
        }

        @Test
        void missingSourceIsRejected() {
            assertRejected(parse(InputKind.REVIEWS, review(",\"rating\":3,\"text\":\"fine\"")),
                    ParseError.MISSING_FIELD, "source is required");
        }

        @Test
        void unknownReviewFieldsAreKeptInExtra() throws Exception {
            Envelope e = parse(InputKind.REVIEWS, review(
                    ",\"rating\":5,\"text\":\"love it\",\"source\":\"google\",\"helpful_votes\":12"));
            assertEquals(new ObjectMapper().readTree("{\"helpful_votes\":12}"),
                    new ObjectMapper().readTree(e.review().extra()));
        }
    }

    @Nested
    class Interactions {

        @Test
        void purchaseWithAmountIsParsed() {
            Envelope e = parse(InputKind.INTERACTIONS,
                    interaction(",\"type\":\"purchase\",\"amount\":129.90,\"channel\":\"web\""));
            assertTrue(e.isValid(), () -> e.error().reason());
            InteractionEvent i = e.interaction();
            assertEquals("purchase", i.type());
            assertEquals(0, new BigDecimal("129.90").compareTo(i.amount()));
            assertEquals("web", i.channel());
            assertEquals("C0001", i.customerId());
            assertEquals(T0, e.eventTime());
        }

        @Test
        void everyDocumentedTypeIsAccepted() {
            for (String type : InteractionEvent.TYPES) {
                Envelope e = parse(InputKind.INTERACTIONS, interaction(",\"type\":\"" + type + "\""));
                assertTrue(e.isValid(), type);
                assertEquals(type, e.interaction().type());
                assertNull(e.interaction().amount());
            }
        }

        @Test
        void unknownInteractionTypeIsRejected() {
            assertRejected(parse(InputKind.INTERACTIONS, interaction(",\"type\":\"refund\"")),
                    ParseError.INVALID_FIELD,
                    "type must be one of signup, purchase, renewal, usage, support_ticket,"
                            + " downgrade, cancellation; got \"refund\"");
        }

        @Test
        void missingTypeIsRejected() {
            assertRejected(parse(InputKind.INTERACTIONS, interaction("")),
                    ParseError.MISSING_FIELD, "type is required");
        }

        @Test
        void amountGivenAsStringIsRejected() {
            assertRejected(parse(InputKind.INTERACTIONS,
                            interaction(",\"type\":\"purchase\",\"amount\":\"12.50\"")),
                    ParseError.INVALID_FIELD, "amount must be a decimal number, got \"12.50\"");
        }

        @Test
        void amountBeyondTheDoubleRangeIsRejectedNotThrown() {
            Envelope e = assertDoesNotThrow(() -> parse(InputKind.INTERACTIONS,
                    interaction(",\"type\":\"purchase\",\"amount\":1e400")));
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_FIELD, e.error().type());
        }
    }

    @Nested
    class Accounts {

        @Test
        void accountWithUpdatedAtInsteadOfTimestampUsesItAsEventTime() {
            Envelope e = parse(InputKind.ACCOUNTS,
                    "{\"customer_id\":\"C0007\",\"updated_at\":\"2026-03-01T12:15:00+02:00\","
                            + "\"tier\":\"key\",\"annual_value\":1240000.00}");
            assertTrue(e.isValid(), () -> e.error().reason());
            AccountEvent a = e.account();
            assertEquals(T0, a.timestamp());
            assertEquals(T0, e.eventTime());
            assertEquals("key", a.tier());
            assertEquals(0, new BigDecimal("1240000").compareTo(a.annualValue()));
        }

        @Test
        void accountWithoutEventIdGetsOneFromCustomerAndTime() {
            Envelope e = parse(InputKind.ACCOUNTS,
                    "{\"customer_id\":\"C0007\",\"updated_at\":\"2026-03-01T10:15:00Z\","
                            + "\"tier\":\"key\",\"annual_value\":10}");
            assertEquals("account-C0007-" + T0, e.account().eventId());
        }

        @Test
        void accountWithEventIdAndTimestampKeepsThem() {
            Envelope e = parse(InputKind.ACCOUNTS,
                    "{\"event_id\":\"ac-9\",\"timestamp\":\"2026-03-01T10:15:00Z\","
                            + "\"customer_id\":\"C0009\",\"tier\":\"standard\",\"annual_value\":5.5,"
                            + "\"name\":\"Dana\",\"segment\":\"consumer\","
                            + "\"updated_at\":\"2024-07-23T04:06:40Z\"}");
            assertEquals(new AccountEvent("ac-9", T0, "C0009", "standard", new BigDecimal("5.5"),
                    "Dana", "consumer"), e.account());
        }

        @Test
        void accountWithNeitherTimestampNorUpdatedAtIsRejected() {
            assertRejected(parse(InputKind.ACCOUNTS,
                            "{\"customer_id\":\"C1\",\"tier\":\"key\",\"annual_value\":1}"),
                    ParseError.MISSING_FIELD, "timestamp or updated_at is required");
        }

        @Test
        void accountWithoutAnnualValueIsRejected() {
            assertRejected(parse(InputKind.ACCOUNTS,
                            "{\"customer_id\":\"C1\",\"updated_at\":\"2026-03-01T10:15:00Z\","
                                    + "\"tier\":\"key\"}"),
                    ParseError.MISSING_FIELD, "annual_value is required");
        }

        @Test
        void accountWithoutTierIsRejected() {
            assertRejected(parse(InputKind.ACCOUNTS,
                            "{\"customer_id\":\"C1\",\"updated_at\":\"2026-03-01T10:15:00Z\","
                                    + "\"annual_value\":1}"),
                    ParseError.MISSING_FIELD, "tier is required");
        }
    }

    @Nested
    class NotARecord {

        @Test
        void textThatIsNotJsonIsRejected() {
            Envelope e = parse(InputKind.FEEDBACK, "hello there");
            assertEquals(ParseError.INVALID_JSON, e.error().type());
            assertTrue(e.error().reason().startsWith("the record is not valid JSON: "),
                    e.error().reason());
        }

        @Test
        void truncatedJsonIsRejected() {
            Envelope e = parse(InputKind.FEEDBACK, "{\"event_id\":\"fb-1\",\"nps\":");
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_JSON, e.error().type());
            assertTrue(e.error().reason().startsWith("the record is not valid JSON: "));
        }

        @Test
        void trailingGarbageAfterAnObjectIsRejected() {
            Envelope e = parse(InputKind.FEEDBACK, feedbackWithNps("9") + " trailing");
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_JSON, e.error().type());
        }

        @Test
        void secondObjectOnTheSameRecordIsRejected() {
            Envelope e = parse(InputKind.FEEDBACK, feedbackWithNps("9") + feedbackWithNps("8"));
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_JSON, e.error().type());
        }

        @Test
        void surroundingWhitespaceIsAccepted() {
            Envelope e = parse(InputKind.FEEDBACK, "  " + feedbackWithNps("9") + "\r\n");
            assertTrue(e.isValid(), () -> e.error().reason());
        }

        @Test
        void jsonArrayIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, "[" + feedbackWithNps("9") + "]"),
                    ParseError.INVALID_JSON, "the record must be a JSON object");
        }

        @Test
        void jsonScalarIsRejected() {
            assertRejected(parse(InputKind.FEEDBACK, "42"),
                    ParseError.INVALID_JSON, "the record must be a JSON object");
        }

        @Test
        void whitespaceOnlyRecordIsRejectedAsInvalidJson() {
            Envelope e = parse(InputKind.FEEDBACK, "   ");
            assertFalse(e.isValid());
            assertEquals(ParseError.INVALID_JSON, e.error().type());
        }

        @Test
        void emptyPayloadIsRejected() {
            assertRejected(parser.parse(InputKind.FEEDBACK, POSITION, new byte[0]),
                    ParseError.EMPTY, "the record is empty");
        }

        @Test
        void nullPayloadIsRejectedAsEmpty() {
            assertRejected(parser.parse(InputKind.REVIEWS, POSITION, null),
                    ParseError.EMPTY, "the record is empty");
        }

        @Test
        void invalidUtf8IsRejected() {
            byte[] payload = {(byte) 0xC3, (byte) 0x28};
            Envelope e = parser.parse(InputKind.FEEDBACK, POSITION, payload);
            assertRejected(e, ParseError.NOT_UTF8, "the record is not valid UTF-8 text");
            assertSame(payload, e.payload());
        }

        @Test
        void invalidUtf8InsideAStringValueIsRejected() {
            byte[] head = "{\"event_id\":\"fb-".getBytes(StandardCharsets.UTF_8);
            byte[] payload = new byte[head.length + 3];
            System.arraycopy(head, 0, payload, 0, head.length);
            payload[head.length] = (byte) 0xFF;
            payload[head.length + 1] = '"';
            payload[head.length + 2] = '}';
            assertEquals(ParseError.NOT_UTF8,
                    parser.parse(InputKind.FEEDBACK, POSITION, payload).error().type());
        }

        @Test
        void rejectionKeepsKindPositionAndPayload() {
            byte[] payload = "nope".getBytes(StandardCharsets.UTF_8);
            Envelope e = parser.parse(InputKind.INTERACTIONS, POSITION, payload);
            assertEquals(InputKind.INTERACTIONS, e.kind());
            assertSame(POSITION, e.position());
            assertSame(payload, e.payload());
        }

        @Test
        void hebrewTextSurvivesParsing() {
            Envelope e = parse(InputKind.FEEDBACK,
                    feedback("\"nps\":2,\"comment\":\"השירות היה גרוע\""));
            assertEquals("השירות היה גרוע", e.feedback().comment());
        }
    }
}
