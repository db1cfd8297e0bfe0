package io.cxpulse.jobs.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Public reviews for {@code cx.reviews}, plus the burst of one- and two-star double-charge reviews
 * on Google and Facebook on the billing incident day.
 */
final class ReviewStream {

    static final double REVIEWS_PER_DAY = 172;
    static final int INCIDENT_GOOGLE = 30;
    static final int INCIDENT_FACEBOOK = 22;

    static final List<String> SOURCES = List.of("google", "facebook", "app_store", "play_store", "trustpilot");
    private static final double[] SOURCE_WEIGHTS = {0.35, 0.20, 0.15, 0.20, 0.10};
    /** Probability of 1..5 stars on review sites and in app stores. */
    private static final double[] SITE_STARS = {0.14, 0.08, 0.12, 0.24, 0.42};
    private static final double[] APP_STARS = {0.20, 0.10, 0.15, 0.22, 0.33};

    private final Random rng;
    private final JsonlFile file;
    private final WeightedPicker picker;
    private final CommentWriter writer;

    ReviewStream(List<Customer> customers, Random rng, JsonlFile file) {
        this.rng = rng;
        this.file = file;
        this.picker = new WeightedPicker(customers, c -> true, 1.0);
        this.writer = new CommentWriter(rng);
    }

    void generate() {
        for (int day = 0; day < SampleWindow.DAYS; day++) {
            long n = Math.round(REVIEWS_PER_DAY * SampleWindow.dayWeight(day) * (0.9 + 0.2 * rng.nextDouble()));
            for (int i = 0; i < n; i++) {
                String source = CustomerPopulation.pick(rng, SOURCE_WEIGHTS, SOURCES);
                boolean appStore = source.endsWith("_store");
                int rating = 1 + index(appStore ? APP_STARS : SITE_STARS);
                Tone tone = Tone.forRating(rating, rng);
                Aspect aspect = aspect(source, appStore);
                if (day == PlantedStory.BILLING_DAY && tone == Tone.NEGATIVE && rng.nextDouble() < 0.4) {
                    aspect = Aspect.DOUBLE_CHARGE;
                }
                add(SampleWindow.randomTimeIn(day, rng), rating, source, aspect, tone);
            }
        }
        for (int i = 0; i < INCIDENT_GOOGLE + INCIDENT_FACEBOOK; i++) {
            String source = i < INCIDENT_GOOGLE ? "google" : "facebook";
            int rating = rng.nextDouble() < 0.65 ? 1 : 2;
            Instant t = SampleWindow.randomTimeIn(PlantedStory.BILLING_DAY, 6, 20, rng);
            add(t, rating, source, Aspect.DOUBLE_CHARGE, Tone.NEGATIVE);
        }
    }

    private Aspect aspect(String source, boolean appStore) {
        if (appStore) {
            return rng.nextDouble() < 0.6 ? Aspect.APP : Aspect.general(rng);
        }
        return "google".equals(source) && rng.nextDouble() < 0.35 ? Aspect.STORE : Aspect.general(rng);
    }

    private void add(Instant t, int rating, String source, Aspect aspect, Tone tone) {
        Customer c = rng.nextDouble() < 0.3 ? picker.pick(t, rng) : null;
        String language = writer.language(c != null ? c.language()
                : CustomerPopulation.pick(rng, new double[] {0.7, 0.2, 0.1}, List.of("he", "en", "mixed")));
        Comment text = writer.review(aspect, tone, language);
        Map<String, Object> f = JsonlFile.fields();
        f.put("timestamp", SampleWindow.timestamp(t, rng));
        f.put("rating", rating);
        f.put("text", text.text());
        f.put("source", source);
        if (rng.nextDouble() < 0.55) {
            f.put("title", writer.title(aspect, tone, language));
        }
        boolean appStore = source.endsWith("_store");
        if (appStore || rng.nextDouble() < 0.6) {
            f.put("product", appStore ? "mobile" : c != null ? c.product()
                    : PhraseBook.pick(CustomerPopulation.PRODUCTS, rng));
        }
        String region = c != null ? c.region() : PhraseBook.pick(Names.REGIONS, rng);
        if (rng.nextDouble() < 0.4) {
            f.put("region", region);
        }
        if (aspect == Aspect.STORE) {
            f.put("store", c != null ? c.store() : Names.store(region, rng));
        }
        if (c != null) {
            f.put("customer_id", c.id());
        }
        if (text.language() != null && rng.nextDouble() < 0.5) {
            f.put("language", text.language());
        }
        file.add(t, f, true);
    }

    private int index(double[] weights) {
        double r = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
