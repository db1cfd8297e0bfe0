package io.cxpulse.jobs.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** One generated file read back: its valid lines (checked against the topic contract) and the rest. */
final class SampleFile {

    static final Set<String> CHANNELS = Set.of("phone", "web", "app", "store", "chat");
    static final Set<String> SOURCES = Set.of("google", "facebook", "app_store", "play_store", "trustpilot");
    static final Set<String> TYPES = Set.of(
            "signup", "purchase", "renewal", "usage", "support_ticket", "downgrade", "cancellation");

    private static final ObjectMapper JSON = new ObjectMapper();

    final int lineCount;
    final List<JsonNode> valid = new ArrayList<>();
    int invalid;

    private SampleFile(int lineCount) {
        this.lineCount = lineCount;
    }

    static SampleFile read(Path file, Predicate<JsonNode> contract) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start != bytes.length) {
            throw new AssertionError(file + " does not end with a newline");
        }
        SampleFile result = new SampleFile(lines.size());
        for (byte[] line : lines) {
            JsonNode node = parse(line);
            if (node != null && node.isObject() && hasText(node, "event_id") && timestamp(node) != null
                    && contract.test(node)) {
                result.valid.add(node);
            } else {
                result.invalid++;
            }
        }
        return result;
    }

    private static JsonNode parse(byte[] line) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
            return JSON.readTree(text);
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The event time: an ISO-8601 string with an offset, or epoch milliseconds. */
    static Instant timestamp(JsonNode node) {
        return instant(node.get("timestamp"));
    }

    static Instant instant(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        try {
            return v.isTextual() ? OffsetDateTime.parse(v.asText()).toInstant() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean hasText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank();
    }

    static boolean intIn(JsonNode node, String field, int min, int max) {
        JsonNode v = node.get(field);
        return v != null && v.isInt() && v.asInt() >= min && v.asInt() <= max;
    }

    static boolean feedback(JsonNode n) {
        return hasText(n, "customer_id") && intIn(n, "nps", 0, 10)
                && (!n.has("comment") || n.get("comment").isTextual())
                && (!n.has("channel") || CHANNELS.contains(n.get("channel").asText()));
    }

    static boolean review(JsonNode n) {
        return intIn(n, "rating", 1, 5) && hasText(n, "text") && SOURCES.contains(n.path("source").asText());
    }

    static boolean interaction(JsonNode n) {
        String type = n.path("type").asText();
        boolean amountOk = !n.has("amount")
                || (n.get("amount").isNumber() && (type.equals("purchase") || type.equals("renewal")));
        return hasText(n, "customer_id") && TYPES.contains(type) && amountOk;
    }

    static boolean account(JsonNode n) {
        String tier = n.path("tier").asText();
        return hasText(n, "customer_id") && (tier.equals("key") || tier.equals("standard"))
                && n.path("annual_value").isNumber() && n.get("annual_value").asDouble() >= 0
                && instant(n.get("updated_at")) != null;
    }
}
