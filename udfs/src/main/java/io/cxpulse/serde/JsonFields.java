package io.cxpulse.serde;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.records.ParseError;
import java.math.BigDecimal;

/** Reads and validates the typed fields of one input JSON object. */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node) {
        this.node = node;
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String requiredText(String name) throws InvalidFieldException {
        String text = optionalText(name);
        if (text == null || text.isBlank()) {
            throw missing(name);
        }
        return text;
    }

    String optionalText(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name + " must be a string, got " + show(value));
        }
        return value.textValue();
    }

    /** An identifier given as a string or an integer. */
    String requiredId(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value != null && value.isIntegralNumber()) {
            return value.asText();
        }
        return requiredText(name);
    }

    int requiredInt(String name, int min, int max) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            throw missing(name);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            throw invalid(name + " must be an integer " + min + "-" + max + ", got " + show(value));
        }
        return value.intValue();
    }

    BigDecimal optionalDecimal(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name + " must be a decimal number, got " + show(value));
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            throw invalid(name + " is out of range, got " + show(value));
        }
        return value.decimalValue();
    }

    long requiredTimestamp(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            throw missing(name);
        }
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Timestamps.checkEpochMillis(value.longValue());
            }
            if (value.isTextual()) {
                return Timestamps.parseIso(value.textValue());
            }
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().replaceFirst("^timestamp", name));
        }
        throw invalid(
                name + " must be ISO-8601 text with a zone or epoch milliseconds, got " + show(value));
    }

    /** A value as JSON text, shortened so that a reason stays readable. */
    static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    boolean has(String name) {
        return present(name) != null;
    }

    static InvalidFieldException missing(String name) {
        return new InvalidFieldException(ParseError.MISSING_FIELD, name + " is required");
    }

    static InvalidFieldException invalid(String reason) {
        return new InvalidFieldException(ParseError.INVALID_FIELD, reason);
    }
}
