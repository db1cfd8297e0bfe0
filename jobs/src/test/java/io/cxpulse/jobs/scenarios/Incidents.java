package io.cxpulse.jobs.scenarios;

import static io.cxpulse.jobs.scenarios.HistoryGenerator.DAY;
import static io.cxpulse.jobs.scenarios.HistoryGenerator.HOUR;

import io.cxpulse.jobs.scenarios.HistoryGenerator.Channel;
import io.cxpulse.jobs.scenarios.HistoryGenerator.Source;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One incident of each {@link IncidentKind}, placed at random in a history, and the alert each
 * must open. Chosen before the history's background is drawn, since some shape it: the reviews
 * of the surging source and product are 3-5 stars until the surge, the silent key account has
 * no activity after its silence begins (a key account active about daily, which has had six or
 * seven days to show its rhythm and then is silent for at least a week), the two channels' NPS
 * mixes change on their drop days.
 */
final class Incidents {
    private final HistoryGenerator g;
    private final Random r;

    private final Source surgeSource;
    private final String surgeProduct;
    private final long surgeStart;
    private final long surgeEnd;
    private final int surgeCount;

    private final int smallDay;
    private final double smallTarget;
    private final int largeDay;
    private final double largeFall;

    private final String clusterAspect;
    private final String clusterProduct;
    private final long clusterStart;
    private final long clusterEnd;

    private final Customer churner;
    private final long churnAt;
    private final Customer escalator;
    private final long escalateAt;
    private final Customer silent;
    private final long silentFrom;

    Incidents(HistoryGenerator g) {
        this.g = g;
        this.r = g.r;
        surgeSource = g.sources.get(r.nextInt(g.sources.size()));
        surgeProduct = g.products.get(r.nextInt(g.products.size()));
        surgeStart = g.at(Draws.between(r, 7, 12), Draws.uniform(r, 6, 9));
        surgeEnd = surgeStart + (long) (Draws.uniform(r, 2, 4) * HOUR);
        surgeCount = Draws.between(r, 20, 40);

        smallDay = Draws.between(r, 7, 13);
        smallTarget = Draws.uniform(r, -100, -80);
        int large = Draws.between(r, 7, 12);
        largeDay = large >= smallDay ? large + 1 : large;
        largeFall = Draws.uniform(r, 50, 70);

        clusterAspect = ScenarioTexts.ASPECTS.get(r.nextInt(ScenarioTexts.ASPECTS.size()));
        clusterProduct = g.products.get(r.nextInt(g.products.size()));
        clusterStart = g.at(Draws.between(r, 7, 12), Draws.uniform(r, 8, 14));
        clusterEnd = clusterStart + (long) (Draws.uniform(r, 2, 5) * HOUR);

        Customer steady = g.customers.key.get(r.nextInt(g.customers.key.size()));
        silentFrom = g.at(Draws.between(r, 6, 7), Draws.uniform(r, 0, 24));
        silent = new Customer(steady.id(), true, steady.annualValue(), steady.product(),
                steady.region(), Draws.uniform(r, 0.8, 1.2) * DAY, Draws.uniform(r, 6, 12),
                silentFrom);
        g.customers.replace(steady, silent);
        churner = g.customers.key.stream().filter(c -> !c.id().equals(silent.id())).toList()
                .get(r.nextInt(g.customers.key.size() - 1));
        churnAt = g.at(Draws.between(r, 3, 13), Draws.uniform(r, 8, 18));
        escalator = g.customers.anyStandard();
        escalateAt = g.at(Draws.between(r, 2, 13), Draws.uniform(r, 8, 20));
    }

    /** The NPS mix of a channel on a day: the planted drops change it. */
    double npsOf(Channel c, int day, double usual) {
        if (c == g.channels.get(0) && day == smallDay) {
            return smallTarget;
        }
        if (c == g.channels.get(1) && day == largeDay) {
            return Math.max(-100, usual - largeFall);
        }
        return usual;
    }

    /** True for a review of the surging source and product before the surge: 3-5 stars. */
    boolean keepsPositive(Source s, String product, long time) {
        return s == surgeSource && surgeProduct.equals(product) && time < surgeStart;
    }

    void write() {
        surge();
        cluster();
        Channel small = g.channels.get(0);
        Channel large = g.channels.get(1);
        expect(IncidentKind.NPS_DROP_SMALL, "channel=" + small.name, g.at(smallDay, 0) + 1,
                g.at(smallDay + 1, 0), String.format(Locale.ROOT, "%s (%.0f answers a day) at"
                        + " NPS %+.0f on day %d, usually %+.0f", small.name, small.perDay,
                        smallTarget, smallDay, small.nps[smallDay]));
        expect(IncidentKind.NPS_DROP_LARGE, "channel=" + large.name, g.at(largeDay, 0) + 1,
                g.at(largeDay + 1, 0), String.format(Locale.ROOT, "%s (%.0f answers a day) falls"
                        + " %.0f points from %+.0f on day %d", large.name, large.perDay, largeFall,
                        large.nps[largeDay], largeDay));

        g.answer(churnAt, churner, g.channelByVolume(), r.nextInt(7),
                ScenarioTexts.pick(r, ScenarioTexts.CHURN));
        expect(IncidentKind.KEY_ACCOUNT_CHURN, churner.id(), churnAt, churnAt + HOUR,
                "key account " + churner.id() + " answers a detractor's score saying it leaves");

        String threat = ScenarioTexts.pick(r, ScenarioTexts.ESCALATION);
        boolean inReview = r.nextBoolean();
        if (inReview) {
            g.review(escalateAt, g.sources.get(r.nextInt(g.sources.size())), escalator.product(),
                    1, threat, escalator);
        } else {
            g.answer(escalateAt, escalator, g.channelByVolume(), r.nextInt(4), threat);
        }
        expect(IncidentKind.ESCALATION, escalator.id(), escalateAt, escalateAt + HOUR,
                escalator.id() + " threatens to escalate in a " + (inReview ? "review" : "comment"));

        long last = g.customers.lastActive.get(silent.id());
        expect(IncidentKind.KEY_ACCOUNT_SILENT, silent.id(), last, g.end - 1, String.format(
                Locale.ROOT, "key account %s, active every %.1f days (gamma shape %.1f), silent"
                        + " after its last activity on day %.1f", silent.id(),
                silent.meanGapMs() / DAY, silent.shape(), (last - g.start) / (double) DAY));
    }

    private void surge() {
        for (int i = 0; i < surgeCount; i++) {
            long time = surgeStart + (long) (r.nextDouble() * (surgeEnd - surgeStart));
            // about any aspect but the cluster's, so that the two incidents stay apart
            List<String> others = ScenarioTexts.ASPECTS.stream()
                    .filter(a -> !a.equals(clusterAspect)).toList();
            String text = r.nextBoolean() ? ScenarioTexts.pick(r, ScenarioTexts.NEGATIVE)
                    : ScenarioTexts.pick(r, ScenarioTexts.COMPLAINTS.get(
                            others.get(r.nextInt(others.size()))));
            g.review(time, surgeSource, surgeProduct, 1 + r.nextInt(2), text,
                    r.nextDouble() < 0.3 ? g.customers.anyStandard() : null);
        }
        expect(IncidentKind.REVIEW_SURGE, "source=" + surgeSource.name() + "/product=" + surgeProduct,
                surgeStart, surgeEnd + 12 * HOUR, String.format(Locale.ROOT, "%d one- and two-star"
                        + " reviews in %.1f hours; %.0f reviews a day from the source",
                        surgeCount, (surgeEnd - surgeStart) / (double) HOUR, surgeSource.perDay()));
    }

    /**
     * Negative texts about one aspect of one product: 10 or more, and at least 2.5 times its usual
     * daily count plus six of its standard deviations, so that a person would call it a cluster.
     */
    private void cluster() {
        double usual = usualComplaints(clusterAspect);
        int count = Math.max(10, (int) Math.ceil(2.5 * usual + 6 * Math.sqrt(usual)))
                + r.nextInt(9);
        for (int i = 0; i < count; i++) {
            long time = clusterStart + (long) (r.nextDouble() * (clusterEnd - clusterStart));
            String text = ScenarioTexts.pick(r, ScenarioTexts.COMPLAINTS.get(clusterAspect));
            Customer who = g.customers.anyStandard();
            if (r.nextDouble() < 0.6) {
                Customer about = new Customer(who.id(), false, who.annualValue(), clusterProduct,
                        who.region(), who.meanGapMs(), who.shape(), who.silentFrom());
                g.answer(time, about, g.channelByVolume(), r.nextInt(5), text);
            } else {
                g.review(time, g.sources.get(r.nextInt(g.sources.size())), clusterProduct,
                        1 + r.nextInt(2), text, r.nextBoolean() ? who : null);
            }
        }
        expect(IncidentKind.COMPLAINT_CLUSTER, "aspect=" + clusterAspect + "/product=" + clusterProduct,
                clusterStart, clusterEnd + 12 * HOUR, String.format(Locale.ROOT, "%d complaints in"
                        + " %.1f hours where about %.1f a day are usual", count,
                        (clusterEnd - clusterStart) / (double) HOUR, usual));
    }

    /** The expected daily complaints about an aspect of one product in this history. */
    private double usualComplaints(String aspect) {
        double total = 0;
        for (double w : g.aspectWeights) {
            total += w;
        }
        double share = g.aspectWeights[ScenarioTexts.ASPECTS.indexOf(aspect)] / total
                / g.products.size();
        double detractorComments = 0;
        for (Channel c : g.channels) {
            double detractors = (1 - c.passives[0] - c.nps[0] / 100) / 2;
            detractorComments += c.perDay * detractors * 0.6 * 0.75;
        }
        double negativeReviews = 0;
        for (Source s : g.sources) {
            negativeReviews += s.perDay() * (s.ratings()[0] + s.ratings()[1]) * 0.6 * 0.9;
        }
        return (detractorComments + negativeReviews) * share;
    }

    private void expect(IncidentKind kind, String subjectId, long from, long until, String what) {
        String kindOfSubject = kind.rule().equals("key-account") || kind.rule().equals("escalation")
                ? "customer" : "segment";
        g.incidents.add(new PlantedIncident(kind, g.seed, kind.rule() + ":" + kindOfSubject + ":"
                + subjectId, from, until, what));
    }
}
