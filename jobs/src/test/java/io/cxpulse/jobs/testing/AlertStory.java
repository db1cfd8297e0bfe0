package io.cxpulse.jobs.testing;

import io.cxpulse.records.InputKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A week of noisy but normal input (2026-04-06 to 04-13), seeded: reviews and survey responses
 * following the hours of the day, key accounts answering well with the odd bad day, and, on
 * request, planted incidents on 2026-04-10: a double-charge review burst on Google, a phone NPS
 * crash, key account K1 turning detractor with churn intent, and a review threatening a lawyer.
 */
public final class AlertStory {
    public static final Instant START = Instant.parse("2026-04-06T00:00:00Z");
    static final String[] SOURCES = {"google", "facebook", "play_store"};
    static final String[] PRODUCTS = {"fiber", "mobile"};
    static final String[] CHANNELS = {"phone", "web", "app"};
    static final String[] GOOD = {"Fast internet and friendly staff, love it",
        "Great service, thank you", "Excellent app, very easy to use", "Happy with the quality"};
    static final String[] MIXED = {"It is ok, nothing special", "Fine, the app works"};
    static final String[] BAD = {"Support was slow and unhelpful", "The price went up again, too expensive",
        "The bill was wrong this month", "The connection keeps dropping, terrible",
        "Installation was late and the technician was rude"};

    private final Random random = new Random(20260406);
    private final List<String> feedback = new ArrayList<>();
    private final List<String> reviews = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private int ids;

    public AlertStory(boolean planted) {
        for (int k = 1; k <= 3; k++) {
            accounts.add("{\"customer_id\":\"K" + k + "\",\"tier\":\"key\",\"annual_value\":500000,"
                    + "\"updated_at\":\"2026-01-01T00:00:00Z\"}");
        }
        for (int hour = 0; hour < 7 * 24; hour++) {
            Instant h = START.plusSeconds(hour * 3600L);
            int hod = hour % 24;
            boolean day = hod >= 7 && hod < 21;
            int nReviews = day ? 2 + random.nextInt(3) : random.nextInt(2);
            for (int i = 0; i < nReviews; i++) {
                int r = random.nextInt(100);
                int rating = r < 65 ? 4 + random.nextInt(2) : r < 88 ? 3 : 1 + random.nextInt(2);
                String text = rating >= 4 ? pick(GOOD) : rating == 3 ? pick(MIXED) : pick(BAD);
                review(at(h), rating, pick(SOURCES), pick(PRODUCTS), null, text);
            }
            int nFeedback = day ? 8 + random.nextInt(6) : random.nextInt(3);
            for (int i = 0; i < nFeedback; i++) {
                int r = random.nextInt(100);
                int nps = r < 50 ? 9 + random.nextInt(2) : r < 78 ? 7 + random.nextInt(2) : random.nextInt(7);
                String text = nps >= 9 ? pick(GOOD) : nps >= 7 ? pick(MIXED) : pick(BAD);
                feedback(at(h), "C" + (100 + random.nextInt(400)), nps, pick(CHANNELS),
                        random.nextInt(4) == 0 ? "" : text);
            }
            if (hod == 10) {
                int d = hour / 24;
                feedback(at(h), "K1", planted && d >= 4 ? -1 : 9 + random.nextInt(2), "web", pick(GOOD));
                // K2 has one bad day, which is noise, not a turn
                feedback(at(h), "K2", d == 2 ? 5 : 8 + random.nextInt(3), "app",
                        d == 2 ? "Support was slow and unhelpful" : pick(GOOD));
            }
        }
        if (planted) {
            plant();
        }
        feedback.removeIf(line -> line.contains("\"nps\":-1"));
    }

    private void plant() {
        Instant incident = Instant.parse("2026-04-10T08:00:00Z");
        for (int i = 0; i < 40; i++) {
            review(incident.plusSeconds(i * 540L), 1, "google", "fiber", null,
                    "I was charged twice on my bill, terrible");
        }
        for (int i = 0; i < 150; i++) {
            feedback(incident.plusSeconds(i * 240L), "C" + (600 + i), random.nextInt(4), "phone",
                    "I was charged twice on my bill, very disappointed");
        }
        String[] k1 = {"We are considering switching provider, the bill is wrong",
            "Terrible support, nobody answers", "Still charged twice, we are considering switching provider"};
        for (int i = 0; i < 3; i++) {
            feedback(Instant.parse("2026-04-10T10:00:00Z").plusSeconds(i * 9 * 3600L), "K1", 2 - i,
                    "web", k1[i]);
        }
        review(Instant.parse("2026-04-11T09:30:00Z"), 1, "facebook", "mobile", "C9001",
                "Nobody fixes my line, I will take legal action and call my lawyer");
    }

    private Instant at(Instant hour) {
        return hour.plusSeconds(random.nextInt(3600));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void review(Instant time, int rating, String source, String product, String customer,
            String text) {
        reviews.add("{\"event_id\":\"rv-" + (ids++) + "\",\"timestamp\":\"" + time + "\",\"rating\":"
                + rating + ",\"text\":\"" + text + "\",\"source\":\"" + source + "\",\"product\":\""
                + product + "\"" + (customer == null ? "" : ",\"customer_id\":\"" + customer + "\"")
                + ",\"language\":\"en\"}");
    }

    private void feedback(Instant time, String customer, int nps, String channel, String comment) {
        feedback.add("{\"event_id\":\"fb-" + (ids++) + "\",\"timestamp\":\"" + time
                + "\",\"customer_id\":\"" + customer + "\",\"nps\":" + nps + ",\"comment\":\""
                + comment + "\",\"channel\":\"" + channel + "\",\"product\":\"fiber\",\"language\":\"en\"}");
    }

    public List<AlertRun.Lines> lines() {
        return List.of(new AlertRun.Lines(InputKind.ACCOUNTS, AlertRun.utf8(accounts)),
                new AlertRun.Lines(InputKind.REVIEWS, AlertRun.utf8(reviews)),
                new AlertRun.Lines(InputKind.FEEDBACK, AlertRun.utf8(feedback)));
    }
}
