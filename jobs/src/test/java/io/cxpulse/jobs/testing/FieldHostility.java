package io.cxpulse.jobs.testing;

import static io.cxpulse.jobs.testing.CorpusBytes.pick;
import static io.cxpulse.jobs.testing.CorpusBytes.utf8;

import io.cxpulse.jobs.testing.JsonText.Raw;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lines that are one JSON object whose fields break the topic's contract, or just pass it. */
final class FieldHostility {
    /** Records over this many bytes are rejected as {@code too_large}. */
    static final int MAX_RECORD_BYTES = 1_048_576;
    static final String TOO_LARGE = "too_large";

    private static final List<String> UNICODE_BLANKS = List.of("\u00A0", "\u2007", "\u202F", "\uFEFF");
    private static final List<String> BAD_TIMESTAMPS = List.of(
            "\"0000-01-01T00:00:00Z\"", "999999999", "-1", "-62167219200000", "1e30", "1772412132",
            "\"2026-03-10T08:15:42\"", "\"yesterday\"", "\"2026-13-45T99:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "9223372036854775807", "-9223372036854775808",
            "99999999999999999999", "4102444800000", "\"1772412132000\"", "\"2026-03-10 08:15:42Z\"",
            "\"2026-02-30T10:00:00Z\"", "1.7724121320005E12", "true", "{}");

    private FieldHostility() {}

    static CorpusLine make(HostileKind kind, InputKind topic, Random r, ValidEvents events) {
        Map<String, Object> e = events.next();
        String name = kind.label();
        switch (kind) {
            case MISSING_FIELD -> {
                String field = pick(r, ValidEvents.required(topic));
                if (r.nextBoolean()) {
                    e.remove(field);
                } else {
                    e.put(field, null);
                }
                return rejected(name, e, ParseError.MISSING_FIELD);
            }
            case BLANK_FIELD -> {
                e.put(pick(r, ValidEvents.requiredText(topic)), pick(r, List.of("", " ", "   ", "\t", " \t \r\n ")));
                return rejected(name, e, ParseError.MISSING_FIELD);
            }
            case UNICODE_BLANK_ID -> {
                StringBuilder blank = new StringBuilder();
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    blank.append(pick(r, UNICODE_BLANKS));
                }
                String field = pick(r, idFields(topic));
                e.put(field, r.nextBoolean() ? blank.toString() : new Raw(escaped(blank.toString())));
                return rejected(name, e, ParseError.MISSING_FIELD);
            }
            case WRONG_TYPE -> {
                List<String> wrong = wrongTypes(topic);
                int i = 2 * r.nextInt(wrong.size() / 2);
                e.put(wrong.get(i), new Raw(wrong.get(i + 1)));
                return rejected(name, e, ParseError.INVALID_FIELD);
            }
            case OUT_OF_RANGE -> {
                switch (topic) {
                    case FEEDBACK -> e.put("nps", new Raw(pick(r, List.of("11", "-1", "100", "2147483648", "-7"))));
                    case REVIEWS -> e.put("rating", new Raw(pick(r, List.of("0", "6", "-5", "10", "255"))));
                    default -> e.put("type", pick(r, List.of("refund_request", "PURCHASE", "buy", "sign up")));
                }
                return rejected(name, e, ParseError.INVALID_FIELD);
            }
            case BAD_TIMESTAMP -> {
                e.put("timestamp", new Raw(pick(r, BAD_TIMESTAMPS)));
                return rejected(name, e, ParseError.INVALID_FIELD);
            }
            case HUGE_NUMBER -> {
                String field = switch (topic) {
                    case FEEDBACK -> "nps";
                    case REVIEWS -> "rating";
                    case INTERACTIONS -> "amount";
                    case ACCOUNTS -> "annual_value";
                };
                e.put(field, new Raw(pick(r, List.of("1e999999", "-1e999999", "1E+999999",
                        "9".repeat(1001 + r.nextInt(4000))))));
                return rejected(name, e, null);
            }
            case INTEGRAL_FLOAT -> {
                if (topic == InputKind.FEEDBACK) {
                    e.put("nps", new Raw(pick(r, List.of("9.0", "1e1", "7.00", "0.0", "5E0", "10.000", "8e0", "1.0e1"))));
                } else {
                    e.put("rating", new Raw(pick(r, List.of("5.0", "1e0", "3.00", "4E0", "2.0"))));
                }
                return CorpusLine.accepted(name, utf8(JsonText.object(e)), EncodingHostility.id(e));
            }
            case FRACTIONAL -> {
                if (topic == InputKind.FEEDBACK) {
                    e.put("nps", new Raw(pick(r, List.of("9.5", "0.1", "6.99", "1e-1", "8.0000001"))));
                } else {
                    e.put("rating", new Raw(pick(r, List.of("4.5", "2.25", "1.1"))));
                }
                return rejected(name, e, ParseError.INVALID_FIELD);
            }
            case TOO_LARGE -> {
                // about 2 MB, or the text alone just over the limit
                int size = r.nextBoolean() ? 2 * MAX_RECORD_BYTES + r.nextInt(1000) : MAX_RECORD_BYTES + 1 + r.nextInt(64);
                e.put(ValidEvents.textField(topic), TextHostility.longText(size, r));
                return rejected(name, e, TOO_LARGE);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static CorpusLine rejected(String kind, Map<String, Object> event, String reason) {
        return CorpusLine.rejected(kind, utf8(JsonText.object(event)), reason);
    }

    private static List<String> idFields(InputKind topic) {
        return switch (topic) {
            case FEEDBACK, INTERACTIONS -> List.of("event_id", "customer_id");
            case REVIEWS -> List.of("event_id");
            case ACCOUNTS -> List.of("customer_id", "event_id");
        };
    }

    /** Pairs of field and a value of the wrong type. */
    private static List<String> wrongTypes(InputKind topic) {
        return switch (topic) {
            case FEEDBACK -> List.of("nps", "\"9\"", "nps", "true", "nps", "[9]", "nps", "{\"v\":9}",
                    "event_id", "123", "event_id", "true", "customer_id", "true", "customer_id", "[]",
                    "customer_id", "{\"id\":7}", "comment", "5", "comment", "[\"a\"]", "channel", "7",
                    "agent", "false");
            case REVIEWS -> List.of("rating", "\"5\"", "rating", "false", "text", "5", "text", "[\"x\"]",
                    "source", "[]", "source", "1", "title", "3", "event_id", "{}", "customer_id", "true");
            case INTERACTIONS -> List.of("type", "7", "type", "[\"purchase\"]", "amount", "\"12.50 ILS\"",
                    "amount", "true", "amount", "[1]", "customer_id", "false", "product", "{}",
                    "channel", "3", "event_id", "5");
            case ACCOUNTS -> List.of("tier", "3", "tier", "[]", "annual_value", "\"1000 ILS\"",
                    "annual_value", "true", "name", "[]", "customer_id", "{}", "segment", "4");
        };
    }

    /** A JSON string of the characters, each as a {@code \\uXXXX} escape. */
    private static String escaped(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach(c -> json.append(String.format("\\u%04x", c)));
        return json.append('"').toString();
    }
}
