package io.cxpulse.jobs.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The defects a malformed sample line is written with. */
enum Fault {
    NOT_JSON,
    TRUNCATED_JSON,
    NPS_ELEVEN,
    NPS_AS_STRING,
    NPS_FRACTION,
    RATING_ZERO,
    MISSING_TEXT,
    MISSING_CUSTOMER_ID,
    BAD_TIMESTAMP,
    UNKNOWN_TYPE,
    AMOUNT_AS_STRING,
    BLANK_TIER,
    BAD_UPDATED_AT,
    INVALID_UTF8;

    private static final String MARK = "@@RAW@@";
    private static final byte[] BAD_BYTES = {(byte) 0xC3, (byte) 0x28};

    /** Whether a line with these fields can carry this defect. */
    boolean accepts(Map<String, Object> fields) {
        return this != AMOUNT_AS_STRING || fields.containsKey("amount");
    }

    byte[] render(Map<String, Object> fields, ObjectMapper json) throws JsonProcessingException {
        switch (this) {
            case NOT_JSON -> {
                return fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" | "))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case TRUNCATED_JSON -> {
                return truncate(json.writeValueAsBytes(fields));
            }
            case INVALID_UTF8 -> {
                return withBadBytes(fields, json);
            }
            case NPS_ELEVEN -> fields.put("nps", 11);
            case NPS_AS_STRING -> fields.put("nps", "9");
            case NPS_FRACTION -> fields.put("nps", 7.5);
            case RATING_ZERO -> fields.put("rating", 0);
            case MISSING_TEXT -> fields.remove("text");
            case MISSING_CUSTOMER_ID -> fields.remove("customer_id");
            case BAD_TIMESTAMP -> fields.put("timestamp", "yesterday");
            case UNKNOWN_TYPE -> {
                fields.put("type", "refund_request");
                fields.remove("amount");
            }
            case AMOUNT_AS_STRING -> fields.put("amount", fields.get("amount") + " ILS");
            case BLANK_TIER -> fields.put("tier", " ");
            case BAD_UPDATED_AT -> fields.put("updated_at", "last week");
        }
        return json.writeValueAsBytes(fields);
    }

    /** Cuts the object at about 60% of its length, on an ASCII byte so only the JSON is broken. */
    private static byte[] truncate(byte[] bytes) {
        int cut = bytes.length * 6 / 10;
        while (cut > 1 && (bytes[cut] & 0x80) != 0) {
            cut--;
        }
        return Arrays.copyOf(bytes, cut);
    }

    /** Puts the bytes 0xC3 0x28, which are not valid UTF-8, into the first text field. */
    private static byte[] withBadBytes(Map<String, Object> fields, ObjectMapper json) throws JsonProcessingException {
        String field = List.of("comment", "text", "name", "product", "channel").stream()
                .filter(fields::containsKey).findFirst().orElse("comment");
        fields.put(field, "Caf" + MARK + " latte and fiber");
        byte[] bytes = json.writeValueAsBytes(fields);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, at);
        out.writeBytes(BAD_BYTES);
        out.write(bytes, at + MARK.length(), bytes.length - at - MARK.length());
        return out.toByteArray();
    }
}
