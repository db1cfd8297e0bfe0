package io.cxpulse.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.SourcePosition;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns raw input payloads into validated events, or into a {@link ParseError} that says in
 * words what is wrong. Never throws. Not thread-safe: use one instance per thread.
 *
 * <p>The checks, in order: empty, larger than {@link InputLimits#MAX_RECORD_BYTES}, not UTF-8
 * (NUL bytes included), not JSON (a stray byte-order mark, nesting deeper than
 * {@link InputLimits#MAX_NESTING_DEPTH}, a duplicate field name, a number literal longer than
 * {@link InputLimits#MAX_NUMBER_LENGTH}), not an object, then the fields one by one.
 */
public final class EventParser {

    private static final Set<String> FEEDBACK_FIELDS =
            Set.of("event_id", "timestamp", "customer_id", "nps", "comment", "channel",
                    "product", "region", "store", "agent", "language");
    private static final Set<String> REVIEW_FIELDS =
            Set.of("event_id", "timestamp", "rating", "text", "source", "title", "product",
                    "region", "store", "customer_id", "language");

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                            .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                            .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public Envelope parse(InputKind kind, SourcePosition position, byte[] payload) {
        try {
            JsonNode node = readObject(RecordText.decode(payload));
            return read(kind, position, payload, new JsonFields(node), node);
        } catch (InvalidFieldException e) {
            return failed(kind, position, payload, e.type(), e.getMessage());
        } catch (RuntimeException e) {
            // a value no rule foresaw must not stop the job: it becomes a dead letter
            return failed(kind, position, payload, ParseError.INVALID_FIELD,
                    "the record could not be read: " + e);
        }
    }

    /** The JSON object of a record's text; Jackson never sees the bytes, so never guesses. */
    private JsonNode readObject(String text) throws InvalidFieldException {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw notJson(limitBroken(e));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field '")) {
                String name = message.substring("Duplicate field '".length(), message.length() - 1);
                name = name.length() <= 60 ? name : name.substring(0, 57) + "...";
                throw notJson("the field \"" + name + "\" appears twice in one object");
            }
            throw notJson(message);
        } catch (NumberFormatException e) {
            // e.g. 1e9999999999: an exponent no decimal number can hold
            throw notJson("a number is out of any range (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException(
                    ParseError.INVALID_JSON, "the record must be a JSON object");
        }
        return node;
    }

    private static String limitBroken(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested deeper than " + InputLimits.MAX_NESTING_DEPTH + " levels";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + InputLimits.MAX_NUMBER_LENGTH + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name longer than " + InputLimits.MAX_NAME_LENGTH + " characters";
        }
        return message;
    }

    private static InvalidFieldException notJson(String detail) {
        return new InvalidFieldException(
                ParseError.INVALID_JSON, "the record is not valid JSON: " + detail);
    }

    private Envelope read(
            InputKind kind, SourcePosition position, byte[] payload, JsonFields f, JsonNode node)
            throws InvalidFieldException {
        return switch (kind) {
            case FEEDBACK -> {
                FeedbackEvent e = new FeedbackEvent(
                        f.requiredText("event_id"), f.requiredTimestamp("timestamp"),
                        f.requiredId("customer_id"), f.requiredInt("nps", 0, 10),
                        f.optionalText("comment"), f.optionalText("channel"),
                        f.optionalText("product"), f.optionalText("region"),
                        f.optionalText("store"), f.optionalText("agent"),
                        f.optionalText("language"), extra(node, FEEDBACK_FIELDS));
                yield new Envelope(kind, position, payload, e.timestamp(), e, null, null, null, null);
            }
            case REVIEWS -> {
                ReviewEvent e = new ReviewEvent(
                        f.requiredText("event_id"), f.requiredTimestamp("timestamp"),
                        f.requiredInt("rating", 1, 5), f.requiredText("text"),
                        f.requiredText("source"), f.optionalText("title"),
                        f.optionalText("product"), f.optionalText("region"),
                        f.optionalText("store"), optionalId(f, "customer_id"),
                        f.optionalText("language"), extra(node, REVIEW_FIELDS));
                yield new Envelope(kind, position, payload, e.timestamp(), null, e, null, null, null);
            }
            case INTERACTIONS -> {
                InteractionEvent e = new InteractionEvent(
                        f.requiredText("event_id"), f.requiredTimestamp("timestamp"),
                        f.requiredId("customer_id"), interactionType(f),
                        f.optionalDecimal("amount"), f.optionalText("channel"),
                        f.optionalText("product"));
                yield new Envelope(kind, position, payload, e.timestamp(), null, null, e, null, null);
            }
            case ACCOUNTS -> {
                String customerId = f.requiredId("customer_id");
                Long updatedAt = f.has("updated_at") ? f.requiredTimestamp("updated_at") : null;
                if (updatedAt == null && !f.has("timestamp")) {
                    throw new InvalidFieldException(
                            ParseError.MISSING_FIELD, "timestamp or updated_at is required");
                }
                long updated = f.has("timestamp") ? f.requiredTimestamp("timestamp") : updatedAt;
                String eventId = f.has("event_id")
                        ? f.requiredText("event_id")
                        : "account-" + customerId + "-" + updated;
                AccountEvent e = new AccountEvent(
                        eventId, updated, customerId, f.requiredText("tier"),
                        requiredDecimal(f, "annual_value"), f.optionalText("name"),
                        f.optionalText("segment"));
                yield new Envelope(kind, position, payload, e.timestamp(), null, null, null, e, null);
            }
        };
    }

    private static String interactionType(JsonFields f) throws InvalidFieldException {
        String type = f.requiredText("type");
        if (!InteractionEvent.TYPES.contains(type)) {
            throw JsonFields.invalid("type must be one of signup, purchase, renewal, usage,"
                    + " support_ticket, downgrade, cancellation; got "
                    + JsonFields.show(f.value("type")));
        }
        return type;
    }

    private static java.math.BigDecimal requiredDecimal(JsonFields f, String name)
            throws InvalidFieldException {
        if (!f.has(name)) {
            throw JsonFields.missing(name);
        }
        return f.optionalDecimal(name);
    }

    private static String optionalId(JsonFields f, String name) throws InvalidFieldException {
        return f.has(name) ? f.requiredId(name) : null;
    }

    /** Unknown fields, kept as a JSON object text for the scored output, or null. */
    private static String extra(JsonNode node, Set<String> known) {
        ObjectNode extra = null;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                if (extra == null) {
                    extra = ((ObjectNode) node).objectNode();
                }
                extra.set(name, node.get(name));
            }
        }
        return extra == null ? null : extra.toString();
    }

    private static Envelope failed(
            InputKind kind, SourcePosition position, byte[] payload, String type, String reason) {
        return Envelope.failed(kind, position, payload, new ParseError(type, reason));
    }
}
