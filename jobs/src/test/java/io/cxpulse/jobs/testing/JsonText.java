package io.cxpulse.jobs.testing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes JSON text by hand, so that a test can place any bytes where it wants them. */
final class JsonText {
    private JsonText() {}

    /** A value written exactly as given, e.g. {@code 9.0}, {@code 1e999999} or {@code "\ud800"}. */
    record Raw(String json) {}

    static String object(Map<String, ?> fields) {
        return object(fields, ",");
    }

    /** An object whose members are separated by {@code separator} (a comma, maybe with white space). */
    static String object(Map<String, ?> fields, String separator) {
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(separator, "{", "}"));
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Raw raw) {
            return raw.json();
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, ?> fields = (Map<String, ?>) m;
            return object(fields);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(JsonText::value).collect(Collectors.joining(",", "[", "]"));
        }
        return v.toString();
    }

    /** A JSON string; control characters are escaped, other characters kept as they are. */
    static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
