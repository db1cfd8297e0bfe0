package io.cxpulse.jobs.testing;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random survey responses, reviews and retention facts for rollup tests: segments with
 * missing and blank values, comments with any sentiment and aspects, weights and revenue with
 * many decimals, over {@code span} milliseconds from 2026-03-01T00:00:00Z.
 */
public final class RandomRollupInputs {
    /** 2026-03-01T00:00:00Z. */
    public static final long T0 = 1_772_323_200_000L;

    private static final String[] CHANNELS = {"app", "phone", "web", null, " "};
    private static final String[] REGIONS = {"north", "south", null};
    private static final String[] SOURCES = {"google", "facebook", null};
    private static final String[] TIERS = {"key", "standard", "unknown"};
    private static final String[] WORDS = {"bad", "slow", "broken", "awful", "late", "rude",
            "expensive", "crash", "לא", "גרוע", "תקלה", "איטי"};

    private RandomRollupInputs() {}

    public static List<AccountedFeedback> feedback(Random random, int count, long span) {
        List<AccountedFeedback> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sentiment sentiment = random.nextBoolean() ? sentiment(random) : null;
            FeedbackEvent event = new FeedbackEvent("fb-" + i, T0 + random.nextLong(span),
                    "C" + random.nextInt(50), random.nextInt(11),
                    sentiment == null ? null : "comment", pick(random, CHANNELS), "fiber",
                    pick(random, REGIONS), null, "A7", "en", null);
            out.add(new AccountedFeedback(new ScoredFeedback(event, "detractor", sentiment),
                    pick(random, TIERS), random.nextBoolean() ? 1.0 : random.nextDouble() * 2e6));
        }
        return out;
    }

    public static List<ScoredReview> reviews(Random random, int count, long span) {
        List<ScoredReview> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sentiment sentiment = random.nextInt(4) == 0 ? null : sentiment(random);
            ReviewEvent event = new ReviewEvent("rv-" + i, T0 + random.nextLong(span),
                    1 + random.nextInt(5), sentiment == null ? null : "text",
                    pick(random, SOURCES), null, "fiber", pick(random, REGIONS), null, null, "en",
                    null);
            out.add(new ScoredReview(event, sentiment));
        }
        return out;
    }

    public static List<RetentionFact> facts(Random random, int count, long span) {
        List<RetentionFact> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new RetentionFact(T0 + random.nextLong(span), pick(random, TIERS), "fiber",
                    pick(random, REGIONS), random.nextInt(2), random.nextInt(2), random.nextInt(2),
                    random.nextInt(2), random.nextInt(2), random.nextInt(2), random.nextInt(2),
                    random.nextInt(2), random.nextInt(2),
                    random.nextBoolean() ? 0.0 : random.nextDouble() * 5000));
        }
        return out;
    }

    private static Sentiment sentiment(Random random) {
        double score = random.nextDouble() * 2 - 1;
        SentimentTerm[] terms = new SentimentTerm[random.nextInt(4)];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = new SentimentTerm(pick(random, WORDS), random.nextDouble() * 4 - 3, 0, 1);
        }
        AspectSentiment[] aspects = new AspectSentiment[random.nextInt(3)];
        for (int a = 0; a < aspects.length; a++) {
            aspects[a] = new AspectSentiment(Aspects.NAMES.get(random.nextInt(Aspects.COUNT)),
                    random.nextDouble() * 2 - 1, 1);
        }
        return new Sentiment(score, Sentiment.labelOf(score), "en", terms, aspects,
                new String[0], false);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
