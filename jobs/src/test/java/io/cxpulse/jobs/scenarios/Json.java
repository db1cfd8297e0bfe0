package io.cxpulse.jobs.scenarios;

import java.time.Instant;

/** Writes the generated input records as the topics' contracts describe them (docs/topics.md). */
final class Json {
    private final StringBuilder b = new StringBuilder("{");

    Json text(String name, String value) {
        if (value != null) {
            field(name).append('"');
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
            b.append('"');
        }
        return this;
    }

    Json time(String name, long epochMillis) {
        return text(name, Instant.ofEpochMilli(epochMillis).toString());
    }

    Json number(String name, Object value) {
        field(name).append(value);
        return this;
    }

    private StringBuilder field(String name) {
        if (b.length() > 1) {
            b.append(',');
        }
        return b.append('"').append(name).append("\":");
    }

    @Override
    public String toString() {
        return b + "}";
    }
}
