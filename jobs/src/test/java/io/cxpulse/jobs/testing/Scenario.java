package io.cxpulse.jobs.testing;

import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small, fully known input for the integration tests: two days of feedback over three
 * channels, reviews, interactions and accounts, one bad record of each kind the contracts name,
 * one event late within the allowed lateness and one too late to count.
 */
public final class Scenario {
    public static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");
    static final String[] CHANNELS = {"phone", "web", "app"};
    static final String[] COMMENTS = {
        "Great service, very helpful staff", "not good at all", "Terrible, I waited two hours",
        "השירות היה מעולה", "לא רע", ""
    };

    /** A valid survey response the job must count. */
    public record Response(String eventId, Instant time, String channel, int nps, String comment) {}

    /** A bad input line and what the dead letter must say about it. */
    public record Bad(InputKind kind, byte[] payload, String errorType, String reasonPart) {}

    public final Map<InputKind, List<byte[]>> lines = new EnumMap<>(InputKind.class);
    public final List<Response> counted = new ArrayList<>();
    public final List<Bad> bad = new ArrayList<>();
    public int validReviews;
    public String tooLateEventId;

    public Scenario() {
        for (InputKind kind : InputKind.values()) {
            lines.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < 400; i++) {
            Instant time = BASE.plusSeconds(i * 7L * 60);
            Response r = new Response("fb-" + i, time, CHANNELS[i % 3], (i * 7) % 11,
                    COMMENTS[i % COMMENTS.length]);
            counted.add(r);
            add(InputKind.FEEDBACK, feedback(r, timestampFormat(i, time)));
            if (i % 50 == 25) {
                addBadFeedback(i / 50);
            }
        }
        Instant last = counted.get(counted.size() - 1).time();
        Response lateButCounted = new Response("fb-late-ok", last.minusSeconds(40 * 60), "web", 10,
                "excellent");
        counted.add(lateButCounted);
        add(InputKind.FEEDBACK, feedback(lateButCounted, quoted(lateButCounted.time().toString())));
        Response escalation = new Response("fb-lawyer", last.minusSeconds(20 * 60), "phone", 0,
                "Nobody fixes my line, I will take legal action and call my lawyer");
        counted.add(escalation);
        add(InputKind.FEEDBACK, feedback(escalation, quoted(escalation.time().toString())));
        tooLateEventId = "fb-too-late";
        bad.add(new Bad(InputKind.FEEDBACK, utf8(feedback(
                new Response(tooLateEventId, BASE.plusSeconds(3600), "phone", 0, "awful"),
                quoted(BASE.plusSeconds(3600).toString()))), "late", "allowed lateness"));
        add(InputKind.FEEDBACK, new String(bad.get(bad.size() - 1).payload(), StandardCharsets.UTF_8));

        for (int i = 0; i < 60; i++) {
            Instant time = BASE.plusSeconds(i * 45L * 60);
            add(InputKind.REVIEWS, "{\"event_id\":\"rv-" + i + "\",\"timestamp\":\"" + time
                    + "\",\"rating\":" + (i % 5 + 1) + ",\"text\":\"" + (i % 2 == 0
                    ? "Terrible billing, charged twice" : "Fast delivery, love it")
                    + "\",\"source\":\"google\",\"product\":\"fiber\"}");
            validReviews++;
        }
        badLine(InputKind.REVIEWS, "{\"event_id\":\"rv-bad\",\"timestamp\":\"2026-03-01T10:00:00Z\","
                + "\"rating\":0,\"text\":\"meh\",\"source\":\"google\"}", "invalid_field",
                "rating must be an integer 1-5, got 0");
        badLine(InputKind.REVIEWS, "{\"event_id\":\"rv-bad2\",\"timestamp\":\"2026-03-01T10:00:00Z\","
                + "\"rating\":3,\"source\":\"google\"}", "missing_field", "text is required");
        for (int i = 0; i < 50; i++) {
            add(InputKind.INTERACTIONS, "{\"event_id\":\"in-" + i + "\",\"timestamp\":\""
                    + BASE.plusSeconds(i * 55L * 60) + "\",\"customer_id\":\"C" + (i % 7)
                    + "\",\"type\":\"purchase\",\"amount\":19.90}");
        }
        badLine(InputKind.INTERACTIONS, "{\"event_id\":\"in-bad\",\"timestamp\":\"2026-03-01T10:00:00Z\","
                + "\"customer_id\":\"C1\",\"type\":\"refund\"}", "invalid_field", "type must be one of");
        for (int i = 0; i < 5; i++) {
            add(InputKind.ACCOUNTS, "{\"customer_id\":\"C" + i + "\",\"tier\":\"" + (i == 0 ? "key" : "standard")
                    + "\",\"annual_value\":" + (1000 * (i + 1)) + ",\"updated_at\":\"2026-02-01T00:00:00Z\"}");
        }
        badLine(InputKind.ACCOUNTS, "{\"customer_id\":\"C9\",\"annual_value\":5,"
                + "\"updated_at\":\"2026-02-01T00:00:00Z\"}", "missing_field", "tier is required");
    }

    private void addBadFeedback(int which) {
        switch (which) {
            case 0 -> badLine(InputKind.FEEDBACK, badNps("11"), "invalid_field",
                    "nps must be an integer 0-10, got 11");
            case 1 -> badLine(InputKind.FEEDBACK, badNps("\"9\""), "invalid_field",
                    "nps must be an integer 0-10, got \"9\"");
            case 2 -> badLine(InputKind.FEEDBACK, badNps("7.5"), "invalid_field",
                    "nps must be an integer 0-10, got 7.5");
            case 3 -> badLine(InputKind.FEEDBACK, "{\"event_id\":\"x3\",\"timestamp\":"
                    + "\"2026-03-01T10:00:00Z\",\"nps\":5}", "missing_field", "customer_id is required");
            case 4 -> badLine(InputKind.FEEDBACK, "{\"event_id\":\"x4\",\"timestamp\":\"yesterday\","
                    + "\"customer_id\":\"C1\",\"nps\":5}", "invalid_field", "timestamp must be ISO-8601");
            case 5 -> badLine(InputKind.FEEDBACK, "{\"event_id\":\"x5\",\"timestamp\":"
                    + "\"2026-03-01T10:00:00\",\"customer_id\":\"C1\",\"nps\":5}", "invalid_field",
                    "with a zone");
            case 6 -> badLine(InputKind.FEEDBACK, "{\"event_id\":\"x6\",\"nps\":", "invalid_json",
                    "not valid JSON");
            default -> {
                byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
                lines.get(InputKind.FEEDBACK).add(notUtf8);
                bad.add(new Bad(InputKind.FEEDBACK, notUtf8, "not_utf8", "not valid UTF-8"));
            }
        }
    }

    private static String badNps(String nps) {
        return "{\"event_id\":\"xn\",\"timestamp\":\"2026-03-01T10:00:00Z\",\"customer_id\":\"C1\","
                + "\"nps\":" + nps + "}";
    }

    private void badLine(InputKind kind, String json, String errorType, String reasonPart) {
        bad.add(new Bad(kind, utf8(json), errorType, reasonPart));
        add(kind, json);
    }

    private void add(InputKind kind, String json) {
        lines.get(kind).add(utf8(json));
    }

    /** Epoch millis, a +02:00 offset, or UTC, in turn, for the same instant. */
    private static String timestampFormat(int i, Instant time) {
        return switch (i % 10) {
            case 0 -> String.valueOf(time.toEpochMilli());
            case 1 -> quoted(time.atOffset(java.time.ZoneOffset.ofHours(2)).toString());
            default -> quoted(time.toString());
        };
    }

    private static String feedback(Response r, String timestamp) {
        return "{\"event_id\":\"" + r.eventId() + "\",\"timestamp\":" + timestamp
                + ",\"customer_id\":\"C" + (r.eventId().hashCode() & 7) + "\",\"nps\":" + r.nps()
                + ",\"comment\":\"" + r.comment() + "\",\"channel\":\"" + r.channel()
                + "\",\"region\":\"north\",\"source_system\":\"survey-tool\"}";
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public int validFeedback() {
        return counted.size();
    }
}
