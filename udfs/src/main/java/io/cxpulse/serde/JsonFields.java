package io.cxpulse.serde;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.records.ParseError;
import java.math.BigDecimal;

/**
 * Reads and validates the typed fields of one input JSON object. Numbers arrive as exact
 * decimals, so that {@code 9}, {@code 9.0} and {@code 0.9e1} are the same whole number and
 * {@code 9.000000000000000001} is not one; extreme values are compared before they are
 * converted, so no value can make a conversion slow or throw.
 */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node) {
        this.node = node;
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A string that is not blank in the sense of {@link Whitespace#isBlank}. */
    String requiredText(String name) throws InvalidFieldException {
        String text = optionalText(name);
        if (text == null || Whitespace.isBlank(text)) {
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

    /** An identifier given as non-blank text or as a whole number, read as its decimal text. */
    String requiredId(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null || !value.isNumber()) {
            return requiredText(name);
        }
        BigDecimal whole = wholeNumber(value);
        if (whole == null) {
            throw invalid(name + " must be non-blank text or a whole number, got " + show(value));
        }
        if (whole.signum() != 0 && whole.precision() - whole.scale() > InputLimits.MAX_ID_DIGITS) {
            throw invalid(name + " is out of range: a number id has at most "
                    + InputLimits.MAX_ID_DIGITS + " digits, got " + show(value));
        }
        return whole.toPlainString();
    }

    /** A whole number from {@code min} to {@code max}, however it is written (9, 9.0, 0.9e1). */
    int requiredInt(String name, int min, int max) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            throw missing(name);
        }
        BigDecimal whole = wholeNumber(value);
        if (whole == null || whole.compareTo(BigDecimal.valueOf(min)) < 0
                || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(name + " must be an integer " + min + "-" + max + ", got " + show(value));
        }
        return whole.intValueExact();
    }

    /**
     * A decimal number of magnitude at most {@link InputLimits#MAX_DECIMAL} with at most
     * {@link InputLimits#MAX_DECIMAL_SCALE} digits after the point (trailing zeros aside).
     */
    BigDecimal optionalDecimal(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name + " must be a decimal number, got " + show(value));
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.abs().compareTo(InputLimits.MAX_DECIMAL) > 0
                || decimal.stripTrailingZeros().scale() > InputLimits.MAX_DECIMAL_SCALE) {
            throw invalid(name + " is out of range: at most 1e15 in magnitude and "
                    + InputLimits.MAX_DECIMAL_SCALE + " digits after the point, got "
                    + show(value));
        }
        if (decimal.scale() > InputLimits.MAX_DECIMAL_SCALE) {
            return decimal.stripTrailingZeros();
        }
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    long requiredTimestamp(String name) throws InvalidFieldException {
        JsonNode value = present(name);
        if (value == null) {
            throw missing(name);
        }
        try {
            BigDecimal whole = value.isNumber() ? wholeNumber(value) : null;
            if (whole != null) {
                if (whole.compareTo(BigDecimal.valueOf(Timestamps.MIN_EPOCH_MILLIS)) < 0
                        || whole.compareTo(BigDecimal.valueOf(Timestamps.MAX_EPOCH_MILLIS)) >= 0) {
                    throw invalid(name + " in epoch milliseconds must fall in the years"
                            + " 2000-2099, got " + show(value));
                }
                return Timestamps.checkEpochMillis(whole.longValueExact());
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

    /** The value as a whole number without trailing zeros, or null when it is not one. */
    private static BigDecimal wholeNumber(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return new BigDecimal(value.bigIntegerValue());
        }
        BigDecimal stripped = value.decimalValue().stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped : null;
    }

    /** A value as JSON text, shortened so that a reason stays readable. */
    static String show(JsonNode value) {
        if (value.isTextual() && value.textValue().length() > 200) {
            // no need to quote a megabyte of text to show 60 characters of it
            return show(value.textValue().substring(0, 60)) + "...";
        }
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String show(String text) {
        String quoted = com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
        return quoted.length() <= 57 ? quoted : quoted.substring(0, 57);
    }

    /** The raw value of a field, or null when absent. */
    JsonNode value(String name) {
        return node.get(name);
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
