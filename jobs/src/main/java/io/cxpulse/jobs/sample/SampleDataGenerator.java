package io.cxpulse.jobs.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes the sample input topics into a directory: {@code cx.feedback.jsonl}, {@code cx.reviews.jsonl},
 * {@code cx.interactions.jsonl} and {@code cx.accounts.jsonl}, two weeks from 2026-03-02 with the
 * story described in sample-data/README.md. The same seed always gives byte-identical files.
 *
 * <p>Usage: {@code SampleDataGenerator [output-dir] [--seed N]}, defaults {@code sample-data} and
 * {@link #DEFAULT_SEED}.
 */
public final class SampleDataGenerator {

    public static final long DEFAULT_SEED = 20260302L;

    static final String FEEDBACK_FILE = "cx.feedback.jsonl";
    static final String REVIEWS_FILE = "cx.reviews.jsonl";
    static final String INTERACTIONS_FILE = "cx.interactions.jsonl";
    static final String ACCOUNTS_FILE = "cx.accounts.jsonl";

    private SampleDataGenerator() {}

    public static void main(String[] args) {
        Path dir = Path.of("sample-data");
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            if ("--seed".equals(args[i]) && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].startsWith("--seed=")) {
                seed = Long.parseLong(args[i].substring("--seed=".length()));
            } else {
                dir = Path.of(args[i]);
            }
        }
        generate(dir, seed);
        for (String name : List.of(FEEDBACK_FILE, REVIEWS_FILE, INTERACTIONS_FILE, ACCOUNTS_FILE)) {
            try {
                System.out.printf("%s  %,d bytes%n", dir.resolve(name), Files.size(dir.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Generates all four files into {@code dir}, creating it if needed. */
    public static void generate(Path dir, long seed) {
        Random seeds = new Random(seed);
        List<Customer> customers = CustomerPopulation.build(new Random(seeds.nextLong()));
        JsonlFile feedback = new JsonlFile("fb");
        JsonlFile reviews = new JsonlFile("rv");
        JsonlFile interactions = new JsonlFile("ix");
        JsonlFile accounts = new JsonlFile("ac");

        new FeedbackStream(customers, new Random(seeds.nextLong()), feedback).generate();
        new ReviewStream(customers, new Random(seeds.nextLong()), reviews).generate();
        new InteractionStream(customers, new Random(seeds.nextLong()), interactions).generate();
        new AccountStream(customers, new Random(seeds.nextLong()), accounts).generate();

        Random story = new Random(seeds.nextLong());
        KeyAccountStory.plant(new StoryTimeline(PlantedStory.KEY_ACCOUNT, customers, story, feedback, interactions));
        SilentChurnStory.plant(new StoryTimeline(PlantedStory.SILENT_CHURNER, customers, story, feedback, interactions));
        LoyalCriticStory.plant(new StoryTimeline(PlantedStory.LOYAL_CRITIC, customers, story, feedback, interactions));

        Random late = new Random(seeds.nextLong());
        LateArrivals.delay(feedback, LateArrivals.FEEDBACK_HOURS_LATE, LateArrivals.DAYS_LATE_PER_FILE, late);
        LateArrivals.delay(reviews, LateArrivals.REVIEWS_HOURS_LATE, LateArrivals.DAYS_LATE_PER_FILE, late);
        LateArrivals.delay(interactions, 0, LateArrivals.DAYS_LATE_PER_FILE, late);

        Random faults = new Random(seeds.nextLong());
        MalformedLines.add(feedback, MalformedLines.FEEDBACK, faults);
        MalformedLines.add(reviews, MalformedLines.REVIEWS, faults);
        MalformedLines.add(interactions, MalformedLines.INTERACTIONS, faults);
        MalformedLines.add(accounts, MalformedLines.ACCOUNTS, faults);

        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(dir);
            feedback.write(dir.resolve(FEEDBACK_FILE), json);
            reviews.write(dir.resolve(REVIEWS_FILE), json);
            interactions.write(dir.resolve(INTERACTIONS_FILE), json);
            accounts.write(dir.resolve(ACCOUNTS_FILE), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sample data to " + dir, e);
        }
    }
}
