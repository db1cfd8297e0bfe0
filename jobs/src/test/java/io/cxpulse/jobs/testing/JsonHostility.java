package io.cxpulse.jobs.testing;

import static io.cxpulse.jobs.testing.CorpusBytes.pick;
import static io.cxpulse.jobs.testing.CorpusBytes.utf8;

import io.cxpulse.records.InputKind;
import io.cxpulse.records.ParseError;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lines that are valid UTF-8 but not one JSON object the parser may read. */
final class JsonHostility {
    private JsonHostility() {}

    static CorpusLine make(HostileKind kind, InputKind topic, Random r, ValidEvents events) {
        Map<String, Object> e = events.next();
        String valid = JsonText.object(e);
        String line = switch (kind) {
            case INVALID_JSON -> pick(r, shapes(valid));
            case TRUNCATED -> {
                int cut = 1 + r.nextInt(valid.codePointCount(0, valid.length()) - 1);
                yield valid.substring(0, valid.offsetByCodePoints(0, cut));
            }
            case NOT_AN_OBJECT -> pick(r, List.of("[]", "[" + valid + "]", "42", "-1.5", "0", "1e5",
                    "\"" + e.get("event_id") + "\"", "true", "false", "null", "[null]", "[{}]",
                    JsonText.quote(valid)));
            case DEEP_NESTING -> {
                // an unknown field nested far beyond the parser's limit of 64
                e.put("x_trace", new JsonText.Raw(nested(r.nextBoolean() ? 999 : 100 + r.nextInt(900), r)));
                yield JsonText.object(e);
            }
            case DUPLICATE_KEYS -> {
                String key = pick(r, List.copyOf(e.keySet()));
                yield switch (r.nextInt(3)) {
                    case 0 -> "{" + JsonText.quote(key) + ":" + JsonText.value(e.get(key)) + "," + valid.substring(1);
                    case 1 -> "{\"x_note\":1,\"x_note\":2," + valid.substring(1);
                    default -> {
                        e.put("x_meta", new JsonText.Raw("{\"a\":1,\"b\":{\"c\":2,\"c\":3}}"));
                        yield JsonText.object(e);
                    }
                };
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
        return CorpusLine.rejected(kind.label(), utf8(line), ParseError.INVALID_JSON);
    }

    /** Text that is not JSON, is cut short, or has something after the object. */
    private static List<String> shapes(String valid) {
        return List.of("{", "}", "{{}}", "[1,2", "{'event_id':'x'}", "{\"a\":1,}", "{\"a\" 1}",
                "{a:1}", "nul", "tru", "NaN", "{\"nps\":NaN}", valid + " " + valid, valid + "]",
                valid + "}", valid + ",", valid + "x", "/* note */" + valid, "// " + valid,
                "<feedback/>", "event_id=fb-1,nps=9", valid.substring(0, valid.length() - 1) + ",}",
                "{\"a\":\"b}", "{\"a\":01}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":Infinity}",
                "{\"a\":-}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "\"unterminated", ",", ":",
                "{\"a\":[}", "{\"a\":1]", "{\"a\":\"b\" \"c\":1}", "{,}", "{\"\":}", "{\"a\":tRUE}",
                "{\"a\":undefined}", "[", "]");
    }

    /** A value {@code depth} arrays and objects deep. */
    private static String nested(int depth, Random r) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean array = r.nextBoolean();
            open.append(array ? "[" : "{\"d\":");
            close.append(array ? ']' : '}');
        }
        return open + "1" + close.reverse();
    }
}
