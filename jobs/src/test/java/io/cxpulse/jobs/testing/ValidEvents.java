package io.cxpulse.jobs.testing;

import io.cxpulse.records.InputKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid input events of one kind, as ordered field maps for {@link JsonText}: each with a new
 * event id, a time within 15 days from 2026-03-02, and the optional fields now and then.
 */
final class ValidEvents {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(15);

    private static final List<String> ENGLISH = List.of(
            "Great service, quick answer", "You charged me twice. Unacceptable.",
            "The app keeps crashing when I pay", "ok I guess", "Support was slow but polite",
            "Best fiber in town!!!", "I will switch to another provider", "price went up again");
    private static final List<String> HEBREW = List.of(
            "שירות מעולה, תודה רבה", "לקחו לי כסף פעמיים מהכרטיס", "האינטרנט נופל כל ערב",
            "הנציגה הסבירה לי הכל, אחלה", "יקר מדי, אני עוזב");
    private static final List<String> CHANNELS = List.of("phone", "web", "app", "store", "chat");
    private static final List<String> PRODUCTS = List.of("mobile", "fiber", "bundle", "tv");
    private static final List<String> REGIONS = List.of("north", "center", "south");
    private static final List<String> SOURCES = List.of("google", "facebook", "app_store", "play_store");
    private static final List<String> TYPES = List.of("signup", "purchase", "renewal", "usage",
            "support_ticket", "downgrade", "cancellation");

    private final InputKind kind;
    private final Random random;
    private int next;

    ValidEvents(InputKind kind, Random random) {
        this.kind = kind;
        this.random = random;
    }

    /** The free-text field a test can fill with anything: comment, text, channel or name. */
    static String textField(InputKind kind) {
        return switch (kind) {
            case FEEDBACK -> "comment";
            case REVIEWS -> "text";
            case INTERACTIONS -> "channel";
            case ACCOUNTS -> "name";
        };
    }

    /** The fields without which the event is rejected as {@code missing_field}. */
    static List<String> required(InputKind kind) {
        return switch (kind) {
            case FEEDBACK -> List.of("event_id", "timestamp", "customer_id", "nps");
            case REVIEWS -> List.of("event_id", "timestamp", "rating", "text", "source");
            case INTERACTIONS -> List.of("event_id", "timestamp", "customer_id", "type");
            case ACCOUNTS -> List.of("customer_id", "tier", "annual_value", "timestamp");
        };
    }

    /** The required fields that must hold non-blank text (or, for ids, a whole number). */
    static List<String> requiredText(InputKind kind) {
        return switch (kind) {
            case FEEDBACK -> List.of("event_id", "customer_id");
            case REVIEWS -> List.of("event_id", "text", "source");
            case INTERACTIONS -> List.of("event_id", "customer_id", "type");
            case ACCOUNTS -> List.of("customer_id", "tier");
        };
    }

    /** A new valid event. */
    Map<String, Object> next() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", String.format("%s-%06d", prefix(), ++next));
        e.put("timestamp", timestamp(START.toEpochMilli() + (long) (random.nextDouble() * SPAN.toMillis())));
        switch (kind) {
            case FEEDBACK -> {
                e.put("customer_id", customerId());
                e.put("nps", random.nextInt(11));
                maybe(e, "comment", 0.6, this::comment);
                maybe(e, "channel", 0.8, () -> pick(CHANNELS));
                maybe(e, "product", 0.8, () -> pick(PRODUCTS));
                maybe(e, "region", 0.7, () -> pick(REGIONS));
                maybe(e, "agent", 0.2, () -> "agent-" + (100 + random.nextInt(50)));
            }
            case REVIEWS -> {
                e.put("rating", 1 + random.nextInt(5));
                e.put("text", comment());
                e.put("source", pick(SOURCES));
                maybe(e, "title", 0.3, this::comment);
                maybe(e, "product", 0.7, () -> pick(PRODUCTS));
                maybe(e, "customer_id", 0.6, this::customerId);
            }
            case INTERACTIONS -> {
                e.put("customer_id", customerId());
                String type = pick(TYPES);
                e.put("type", type);
                if (type.equals("purchase") || type.equals("renewal")) {
                    e.put("amount", BigDecimal.valueOf(1000 + random.nextInt(100_000), 2));
                }
                maybe(e, "channel", 0.8, () -> pick(CHANNELS));
                maybe(e, "product", 0.8, () -> pick(PRODUCTS));
            }
            case ACCOUNTS -> {
                e.put("customer_id", customerId());
                e.put("tier", random.nextInt(10) == 0 ? "key" : "standard");
                e.put("annual_value", BigDecimal.valueOf(100_000 + random.nextInt(50_000_000), 2));
                maybe(e, "name", 0.8, () -> "Customer " + random.nextInt(1000));
                maybe(e, "segment", 0.5, () -> random.nextBoolean() ? "business" : "consumer");
            }
        }
        return e;
    }

    /** ASCII-only text, for lines written in another encoding. */
    String asciiText() {
        return pick(ENGLISH);
    }

    private String prefix() {
        return switch (kind) {
            case FEEDBACK -> "fb";
            case REVIEWS -> "rv";
            case INTERACTIONS -> "ix";
            case ACCOUNTS -> "ac";
        };
    }

    /** Every form the contract allows: ISO with Z, with milliseconds, with an offset, or epoch ms. */
    private Object timestamp(long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        return switch (random.nextInt(4)) {
            case 0 -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            case 1 -> DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            case 2 -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(2)));
            default -> millis;
        };
    }

    private Object customerId() {
        int n = 1 + random.nextInt(200);
        return random.nextInt(8) == 0 ? (Object) n : String.format("C%04d", n);
    }

    private String comment() {
        return random.nextInt(3) == 0 ? pick(HEBREW) : pick(ENGLISH);
    }

    private void maybe(Map<String, Object> e, String field, double p, java.util.function.Supplier<Object> value) {
        if (random.nextDouble() < p) {
            e.put(field, value.get());
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
