package io.cxpulse.jobs.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    private static final LocalDate BILLING_DAY = LocalDate.of(2026, 3, 10);
    private static final List<String> FILES = List.of(SampleDataGenerator.FEEDBACK_FILE,
            SampleDataGenerator.REVIEWS_FILE, SampleDataGenerator.INTERACTIONS_FILE, SampleDataGenerator.ACCOUNTS_FILE);

    @TempDir
    static Path tmp;

    static SampleFile feedback;
    static SampleFile reviews;
    static SampleFile interactions;
    static SampleFile accounts;

    @BeforeAll
    static void generate() throws IOException {
        Path dir = tmp.resolve("first");
        SampleDataGenerator.generate(dir, SampleDataGenerator.DEFAULT_SEED);
        feedback = SampleFile.read(dir.resolve(SampleDataGenerator.FEEDBACK_FILE), SampleFile::feedback);
        reviews = SampleFile.read(dir.resolve(SampleDataGenerator.REVIEWS_FILE), SampleFile::review);
        interactions = SampleFile.read(dir.resolve(SampleDataGenerator.INTERACTIONS_FILE), SampleFile::interaction);
        accounts = SampleFile.read(dir.resolve(SampleDataGenerator.ACCOUNTS_FILE), SampleFile::account);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("second");
        SampleDataGenerator.generate(again, SampleDataGenerator.DEFAULT_SEED);
        long total = 0;
        for (String name : FILES) {
            byte[] first = Files.readAllBytes(tmp.resolve("first").resolve(name));
            assertArrayEquals(first, Files.readAllBytes(again.resolve(name)), name);
            total += first.length;
        }
        assertTrue(total < 6_500_000, "total size " + total);
    }

    @Test
    void volumesAndMalformedLines() {
        assertTrue(feedback.valid.size() >= 5000, "feedback " + feedback.valid.size());
        assertTrue(reviews.valid.size() >= 2000, "reviews " + reviews.valid.size());
        assertTrue(interactions.valid.size() >= 20000, "interactions " + interactions.valid.size());
        assertEquals(MalformedLines.FEEDBACK.size(), feedback.invalid);
        assertEquals(MalformedLines.REVIEWS.size(), reviews.invalid);
        assertEquals(MalformedLines.INTERACTIONS.size(), interactions.invalid);
        assertEquals(MalformedLines.ACCOUNTS.size(), accounts.invalid);
        for (SampleFile file : List.of(feedback, reviews, interactions, accounts)) {
            Set<String> ids = new HashSet<>();
            file.valid.forEach(n -> assertTrue(ids.add(n.get("event_id").asText()), "duplicate " + n));
        }
    }

    @Test
    void accountsArePareto() {
        Map<String, JsonNode> latest = new HashMap<>();
        accounts.valid.forEach(n -> latest.put(n.get("customer_id").asText(), n));
        assertEquals(200, latest.size());
        double key = 0;
        double total = 0;
        int keys = 0;
        for (JsonNode n : latest.values()) {
            double v = n.get("annual_value").asDouble();
            total += v;
            if (n.get("tier").asText().equals("key")) {
                key += v;
                keys++;
            }
        }
        assertTrue(keys >= 30 && keys <= 50, "key accounts " + keys);
        assertTrue(key / total > 0.7 && key / total < 0.9, "key share " + key / total);
        assertEquals("key", latest.get(PlantedStory.KEY_ACCOUNT).get("tier").asText());
    }

    @Test
    void billingDayPhoneNpsCollapses() {
        Map<LocalDate, int[]> phone = new HashMap<>();
        for (JsonNode n : feedback.valid) {
            if ("phone".equals(n.path("channel").asText())) {
                int[] c = phone.computeIfAbsent(LocalDate.ofInstant(SampleFile.timestamp(n), ZoneOffset.UTC),
                        d -> new int[3]);
                int nps = n.get("nps").asInt();
                c[nps >= 9 ? 0 : nps <= 6 ? 1 : 2]++;
            }
        }
        assertEquals(14, phone.size());
        phone.forEach((day, c) -> {
            int n = c[0] + c[1] + c[2];
            double nps = 100.0 * (c[0] - c[1]) / n;
            if (day.equals(BILLING_DAY)) {
                assertTrue(n >= 80, "phone responses on billing day " + n);
                assertTrue(nps < -30, "billing day phone NPS " + nps);
            } else {
                assertTrue(nps > 0, day + " phone NPS " + nps);
            }
        });
        long billingReviews = reviews.valid.stream()
                .filter(n -> LocalDate.ofInstant(SampleFile.timestamp(n), ZoneOffset.UTC).equals(BILLING_DAY))
                .filter(n -> n.get("rating").asInt() <= 2)
                .filter(n -> Set.of("google", "facebook").contains(n.get("source").asText()))
                .count();
        assertTrue(billingReviews >= 40, "negative billing-day reviews " + billingReviews);
    }

    @Test
    void storyCustomers() {
        Instant week2 = Instant.parse("2026-03-09T00:00:00Z");
        for (JsonNode n : feedback.valid) {
            String customer = n.get("customer_id").asText();
            int nps = n.get("nps").asInt();
            Instant t = SampleFile.timestamp(n);
            if (customer.equals(PlantedStory.KEY_ACCOUNT)) {
                assertTrue(t.isBefore(week2) ? nps >= 9 : nps <= 4, n.toString());
            } else if (customer.equals(PlantedStory.LOYAL_CRITIC)) {
                assertTrue(nps <= 6, n.toString());
            } else if (customer.equals(PlantedStory.SILENT_CHURNER)) {
                assertTrue(nps >= 9 && t.isBefore(PlantedStory.SILENT_FROM), n.toString());
            }
        }
        long silentBefore = interactions.valid.stream()
                .filter(n -> n.get("customer_id").asText().equals(PlantedStory.SILENT_CHURNER)).count();
        long silentAfter = interactions.valid.stream()
                .filter(n -> n.get("customer_id").asText().equals(PlantedStory.SILENT_CHURNER))
                .filter(n -> !SampleFile.timestamp(n).isBefore(PlantedStory.SILENT_FROM)).count();
        assertTrue(silentBefore >= 50, "silent churner activity " + silentBefore);
        assertEquals(0, silentAfter);
        long criticPurchases = interactions.valid.stream()
                .filter(n -> n.get("customer_id").asText().equals(PlantedStory.LOYAL_CRITIC))
                .filter(n -> n.get("type").asText().equals("purchase")).count();
        assertTrue(criticPurchases >= 8, "loyal critic purchases " + criticPurchases);
    }

    @Test
    void onlyPlantedLinesArriveOutOfOrder() {
        assertEquals(LateArrivals.FEEDBACK_HOURS_LATE + 1, lateLines(feedback));
        assertEquals(LateArrivals.REVIEWS_HOURS_LATE + 1, lateLines(reviews));
        assertEquals(1, lateLines(interactions));
        assertEquals(0, lateLines(accounts));
    }

    /** Lines whose event time is more than an hour before the latest event time seen above them. */
    private static int lateLines(SampleFile file) {
        Instant max = Instant.EPOCH;
        int late = 0;
        for (JsonNode n : file.valid) {
            Instant t = SampleFile.timestamp(n);
            if (t.isBefore(max.minusSeconds(3600))) {
                late++;
            }
            max = t.isAfter(max) ? t : max;
        }
        return late;
    }
}
