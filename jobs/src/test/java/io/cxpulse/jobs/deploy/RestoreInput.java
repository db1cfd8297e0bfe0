package io.cxpulse.jobs.deploy;

import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The planned input of the committed savepoint: two days of survey answers, reviews,
 * interactions and accounts of eight customers, cut in two at {@link #CUT}. The savepoint is
 * taken after the first part, with every input topic's last record at the cut, so the
 * watermark stands right before it whatever order the partitions are read in: the hourly and
 * daily windows of 2026-03-02, every customer's history and the deduplication ids of the day are
 * open in it. The second part, read after the restore, needs all of that:
 *
 * <ul>
 *   <li>the daily rollups of 2026-03-02 count answers, reviews and active customers of both parts;
 *   <li>key account C1 answers 10, 9, 10 in the first part and 3, 2, 1 in the second: the
 *       key-account rule's turn of a promoter to a detractor needs the three answers before;
 *   <li>the second part starts with a repeat of an answer from shortly before the cut,
 *       which only the restored deduplication ids dead-letter as a duplicate.
 * </ul>
 */
final class RestoreInput {
    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant CUT = Instant.parse("2026-03-02T11:50:00Z");
    static final Instant END = Instant.parse("2026-03-03T06:00:00Z");
    /** The answer before the cut that the second part repeats, verbatim. */
    static final String REPEATED = "fb-repeat";
    static final Instant REPEATED_AT = CUT.minus(Duration.ofMinutes(7));
    static final String[] C1_BEFORE = {"2026-03-01T10:05:00Z", "2026-03-01T15:05:00Z", "2026-03-02T09:05:00Z"};
    static final String[] C1_AFTER = {"2026-03-02T13:05:00Z", "2026-03-02T15:05:00Z", "2026-03-02T17:05:00Z"};

    private static final String[] CHANNELS = {"phone", "web", "app"};
    private static final String[] COMMENTS = {
        "Great service, very helpful staff", "not good at all", "Terrible, I waited two hours",
        "השירות היה מעולה", "", "Billing was wrong again"
    };

    /** A line of input and when it happened. */
    record Line(InputKind kind, Instant time, String eventId, String json) {
        byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    final List<Line> before = new ArrayList<>();
    final List<Line> after = new ArrayList<>();

    RestoreInput() {
        for (int i = 1; i <= 8; i++) {
            add(account(i, START.minus(Duration.ofHours(1)), i == 1 ? "key" : "standard",
                    i == 1 ? 2_000_000 : 1000 * i));
        }
        add(account(3, Instant.parse("2026-03-02T12:30:00Z"), "standard", 1500));
        add(account(8, CUT, "standard", 8000));
        int n = 0;
        for (Instant t = START; !t.isAfter(END); t = t.plus(Duration.ofMinutes(20)), n++) {
            if (!t.equals(CUT)) {
                add(feedback("fb-" + n, t, "C" + (2 + n % 7), (n * 7) % 11,
                        COMMENTS[n % COMMENTS.length], CHANNELS[n % 3]));
            }
        }
        add(feedback("fb-cut", CUT, "C5", 8, "", "web"));
        for (String t : C1_BEFORE) {
            add(feedback("fb-c1-" + t, Instant.parse(t), "C1", t.startsWith("2026-03-01T15") ? 9 : 10,
                    "Always reliable, thank you", "phone"));
        }
        int score = 3;
        for (String t : C1_AFTER) {
            add(feedback("fb-c1-" + t, Instant.parse(t), "C1", score--, "slow and unhelpful",
                    "phone"));
        }
        Line repeated = feedback(REPEATED, REPEATED_AT, "C4", 2, "not good at all", "app");
        add(repeated);
        n = 0;
        for (Instant t = START; !t.isAfter(END); t = t.plus(Duration.ofMinutes(50)), n++) {
            add(review("rv-" + n, t, n % 5 + 1, n % 2 == 0
                    ? "Terrible billing, charged twice" : "Fast delivery, love it"));
        }
        add(review("rv-cut", CUT, 4, "Fine overall"));
        n = 0;
        for (Instant t = START; !t.isAfter(END); t = t.plus(Duration.ofMinutes(30)), n++) {
            if (!t.equals(CUT)) {
                add(interaction("in-" + n, t, "C" + (1 + n % 8), n % 3 == 0 ? "usage" : "purchase"));
            }
        }
        add(interaction("in-cut", CUT, "C2", "usage"));
        before.sort(Comparator.comparing(Line::time));
        after.sort(Comparator.comparing(Line::time));
        after.add(0, repeated);
    }

    /** The lines of a part per input topic, in the order the topic gets them. */
    static Map<InputKind, List<byte[]>> lines(List<Line> part) {
        Map<InputKind, List<byte[]>> lines = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            lines.put(kind, new ArrayList<>());
        }
        for (Line line : part) {
            lines.get(line.kind()).add(line.bytes());
        }
        return lines;
    }

    private void add(Line line) {
        (line.time().isAfter(CUT) ? after : before).add(line);
    }

    private static Line account(int customer, Instant time, String tier, long value) {
        return new Line(InputKind.ACCOUNTS, time, null, "{\"customer_id\":\"C" + customer
                + "\",\"tier\":\"" + tier + "\",\"annual_value\":" + value + ",\"timestamp\":\""
                + time + "\",\"updated_at\":\"" + time + "\"}");
    }

    private static Line feedback(String id, Instant time, String customer, int nps, String comment,
            String channel) {
        return new Line(InputKind.FEEDBACK, time, id, "{\"event_id\":\"" + id + "\",\"timestamp\":\""
                + time + "\",\"customer_id\":\"" + customer + "\",\"nps\":" + nps
                + ",\"comment\":\"" + comment + "\",\"channel\":\"" + channel
                + "\",\"region\":\"north\",\"product\":\"fiber\"}");
    }

    private static Line review(String id, Instant time, int rating, String text) {
        return new Line(InputKind.REVIEWS, time, id, "{\"event_id\":\"" + id + "\",\"timestamp\":\""
                + time + "\",\"rating\":" + rating + ",\"text\":\"" + text
                + "\",\"source\":\"google\",\"product\":\"fiber\"}");
    }

    private static Line interaction(String id, Instant time, String customer, String type) {
        return new Line(InputKind.INTERACTIONS, time, id, "{\"event_id\":\"" + id
                + "\",\"timestamp\":\"" + time + "\",\"customer_id\":\"" + customer
                + "\",\"type\":\"" + type + "\"" + (type.equals("purchase") ? ",\"amount\":19.90" : "")
                + "}");
    }
}
