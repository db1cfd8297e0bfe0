package io.cxpulse.jobs.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Background survey responses for {@code cx.feedback}. Each day and channel gets a deck of scores
 * whose promoter and detractor shares follow the channel's usual NPS with some daily jitter; on the
 * billing incident day phone responses come from an incident deck and many more customers call.
 */
final class FeedbackStream {

    static final double RESPONSES_PER_DAY = 440;
    /** Share of responses, promoter share and detractor share per channel (phone, web, app, store, chat). */
    private static final double[][] CHANNEL_PROFILE = {
        {0.26, 0.45, 0.20}, {0.18, 0.48, 0.18}, {0.26, 0.52, 0.17}, {0.15, 0.55, 0.15}, {0.15, 0.42, 0.22}
    };
    static final int INCIDENT_EXTRA_PHONE = 90;

    private final Random rng;
    private final JsonlFile file;
    private final WeightedPicker picker;
    private final CommentWriter writer;

    FeedbackStream(List<Customer> customers, Random rng, JsonlFile file) {
        this.rng = rng;
        this.file = file;
        this.picker = new WeightedPicker(customers, c -> true, 1.5);
        this.writer = new CommentWriter(rng);
    }

    void generate() {
        for (int day = 0; day < SampleWindow.DAYS; day++) {
            double volume = RESPONSES_PER_DAY * SampleWindow.dayWeight(day) * (0.93 + 0.14 * rng.nextDouble());
            boolean incident = day == PlantedStory.BILLING_DAY;
            for (int ch = 0; ch < CHANNEL_PROFILE.length; ch++) {
                String channel = CustomerPopulation.CHANNELS.get(ch);
                boolean phoneIncident = incident && ch == 0;
                int n = (int) Math.round(volume * CHANNEL_PROFILE[ch][0]) + (phoneIncident ? INCIDENT_EXTRA_PHONE : 0);
                double promoters = CHANNEL_PROFILE[ch][1] + (rng.nextDouble() - 0.5) * 0.10;
                double detractors = CHANNEL_PROFILE[ch][2] + (rng.nextDouble() - 0.5) * 0.08;
                if (phoneIncident) {
                    promoters = 0.08;
                    detractors = 0.74;
                } else if (incident) {
                    promoters -= 0.06;
                    detractors += 0.06;
                }
                for (int nps : deck(n, promoters, detractors, phoneIncident)) {
                    Instant t = phoneIncident && rng.nextDouble() < 0.7
                            ? SampleWindow.randomTimeIn(day, 6, 18, rng) : SampleWindow.randomTimeIn(day, rng);
                    Customer c = picker.pick(t, rng);
                    Comment comment = comment(nps, channel, c, incident, phoneIncident);
                    file.add(t, fields(c, t, nps, channel, comment, rng), true);
                }
            }
        }
    }

    private Comment comment(int nps, String channel, Customer c, boolean incident, boolean phoneIncident) {
        double r = rng.nextDouble();
        if (r > (nps <= 6 ? 0.82 : 0.70)) {
            return r < 0.85 ? new Comment("", null) : null;
        }
        Tone tone = Tone.forNps(nps, rng);
        double doubleCharge = phoneIncident
                ? (tone == Tone.NEGATIVE ? 0.85 : tone == Tone.NEUTRAL ? 0.5 : 0.35)
                : incident && tone == Tone.NEGATIVE ? 0.3 : 0.0;
        Aspect aspect = rng.nextDouble() < doubleCharge ? Aspect.DOUBLE_CHARGE : Aspect.forChannel(channel, rng);
        return writer.write(aspect, tone, writer.language(c.language()));
    }

    /** Scores for {@code n} responses with the given promoter and detractor shares, shuffled. */
    private List<Integer> deck(int n, double promoters, double detractors, boolean incident) {
        int p = (int) Math.round(n * promoters);
        int d = (int) Math.round(n * detractors);
        List<Integer> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i < p) {
                scores.add(rng.nextDouble() < 0.55 ? 9 : 10);
            } else if (i < p + d) {
                scores.add(detractorScore(incident));
            } else {
                scores.add(rng.nextDouble() < 0.5 ? 7 : 8);
            }
        }
        Collections.shuffle(scores, rng);
        return scores;
    }

    private int detractorScore(boolean incident) {
        double r = rng.nextDouble();
        if (incident) {
            return r < 0.25 ? 0 : r < 0.40 ? 1 : r < 0.55 ? 2 : r < 0.70 ? 3 : r < 0.82 ? 4 : r < 0.92 ? 5 : 6;
        }
        return r < 0.05 ? 0 : r < 0.08 ? 1 : r < 0.13 ? 2 : r < 0.21 ? 3 : r < 0.33 ? 4 : r < 0.63 ? 5 : 6;
    }

    /** The fields of one survey response; optional fields are left out now and then as producers do. */
    static Map<String, Object> fields(Customer c, Instant t, int nps, String channel, Comment comment, Random rng) {
        Map<String, Object> f = JsonlFile.fields();
        f.put("timestamp", SampleWindow.timestamp(t, rng));
        f.put("customer_id", c.id());
        f.put("nps", nps);
        if (comment != null) {
            f.put("comment", comment.text());
        }
        if (rng.nextDouble() < 0.95) {
            f.put("channel", channel);
        }
        if (rng.nextDouble() < 0.85) {
            f.put("product", c.product());
        }
        if (rng.nextDouble() < 0.85) {
            f.put("region", c.region());
        }
        if ("store".equals(channel)) {
            f.put("store", c.store());
        }
        if (("phone".equals(channel) || "chat".equals(channel)) && rng.nextDouble() < 0.8) {
            f.put("agent", Names.agent(rng));
        }
        if (comment != null && comment.language() != null && !comment.text().isEmpty() && rng.nextDouble() < 0.6) {
            f.put("language", comment.language());
        }
        return f;
    }
}
