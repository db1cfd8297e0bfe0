package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Writes the hand-placed events of one story customer into the feedback and interaction files. */
final class StoryTimeline {

    final Customer customer;
    final Random rng;
    private final JsonlFile feedback;
    private final JsonlFile interactions;

    StoryTimeline(String customerId, List<Customer> customers, Random rng, JsonlFile feedback, JsonlFile interactions) {
        this.customer = customers.stream().filter(c -> c.id().equals(customerId)).findFirst().orElseThrow();
        this.rng = rng;
        this.feedback = feedback;
        this.interactions = interactions;
    }

    /** A survey response during business hours of {@code day}. */
    void feedback(int day, int nps, String channel, String text, String language) {
        Instant t = SampleWindow.randomTimeIn(day, 6, 16, rng);
        Comment comment = new Comment(text, language);
        feedback.add(t, FeedbackStream.fields(customer, t, nps, channel, comment, rng), false);
    }

    void interaction(int day, String type, BigDecimal amount, String channel) {
        interaction(SampleWindow.randomTimeIn(day, 5, 19, rng), type, amount, channel);
    }

    void interaction(Instant t, String type, BigDecimal amount, String channel) {
        interactions.add(t, InteractionStream.fields(customer, t, type, amount, channel, customer.product(), rng), false);
    }

    /** {@code count} usage events spread over {@code day}. */
    void usage(int day, int count) {
        for (int i = 0; i < count; i++) {
            interaction(SampleWindow.randomTimeIn(day, rng), "usage", null, rng.nextDouble() < 0.6 ? "app" : "web");
        }
    }

    void purchase(int day, String channel) {
        interaction(day, "purchase", Prices.purchase(customer, customer.product(), rng), channel);
    }

    void renewal(int day) {
        interaction(day, "renewal", Prices.renewal(customer, rng), "web");
    }
}
