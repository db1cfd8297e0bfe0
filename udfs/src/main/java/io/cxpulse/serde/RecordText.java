package io.cxpulse.serde;

import io.cxpulse.records.ParseError;

/**
 * The text of one input record, checked against the encoding rules of the input contracts
 * before any JSON is read: not empty, at most {@link InputLimits#MAX_RECORD_BYTES} bytes, UTF-8
 * without NUL bytes, at most one byte-order mark and that one at the very start. JSON is read
 * only from the text this returns, so the JSON library never guesses an encoding by itself.
 */
final class RecordText {
    private static final char BOM = '\uFEFF';

    private RecordText() {}

    /**
     * The record as text, without its leading byte-order mark.
     *
     * @throws InvalidFieldException with the error type and reason of the first rule broken
     */
    static String decode(byte[] payload) throws InvalidFieldException {
        if (payload == null || payload.length == 0) {
            throw new InvalidFieldException(ParseError.EMPTY, "the record is empty");
        }
        if (payload.length > InputLimits.MAX_RECORD_BYTES) {
            throw new InvalidFieldException(ParseError.TOO_LARGE, "the record is "
                    + payload.length + " bytes, more than the limit of "
                    + InputLimits.MAX_RECORD_BYTES + " bytes (1 MiB)");
        }
        int nul = indexOfNul(payload);
        if (nul >= 0) {
            throw new InvalidFieldException(ParseError.NOT_UTF8, "the record contains NUL bytes"
                    + " (the first at byte " + nul + "); is it UTF-16 or UTF-32? The contract is"
                    + " UTF-8");
        }
        String text = Utf8.decodeOrNull(payload);
        if (text == null) {
            throw new InvalidFieldException(ParseError.NOT_UTF8,
                    "the record is not valid UTF-8 text");
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        int bom = indexOfBomOutsideStrings(text);
        if (bom >= 0) {
            throw new InvalidFieldException(ParseError.INVALID_JSON, "the record is not valid"
                    + " JSON: a byte-order mark (U+FEFF) at character " + bom + " outside a"
                    + " string; only one is allowed, as the very first character");
        }
        return text;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first U+FEFF that is not inside a JSON string, or -1. */
    private static int indexOfBomOutsideStrings(String text) {
        if (text.indexOf(BOM) < 0) {
            return -1;
        }
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (inString && c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == BOM && !inString) {
                return i;
            }
        }
        return -1;
    }
}
