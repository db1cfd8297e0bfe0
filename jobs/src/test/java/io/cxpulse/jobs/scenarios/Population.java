package io.cxpulse.jobs.scenarios;

import io.cxpulse.records.InputKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The customers of a generated history: 40-150 standard accounts (value 200-8,000 a year) whose
 * activity comes every 1 to 30 days, six in ten regularly and the rest in bursts, and 6-12 key
 * accounts (500,000-2,500,000 a year, so that they alone make up the Pareto share of value)
 * active every 1-3 days, regularly. Writes their account records and interactions; key accounts
 * answer the survey now and then when active, mostly as promoters.
 */
final class Population {
    private final HistoryGenerator g;
    private final Random r;
    final List<Customer> all = new ArrayList<>();
    final List<Customer> standard = new ArrayList<>();
    final List<Customer> key = new ArrayList<>();
    /** The latest activity of each customer, by id, once written. */
    final Map<String, Long> lastActive = new HashMap<>();

    Population(HistoryGenerator g) {
        this.g = g;
        this.r = g.r;
        int nKey = Draws.between(r, 6, 12);
        int nStandard = Draws.between(r, 40, 150);
        for (int i = 0; i < nKey + nStandard; i++) {
            boolean isKey = i < nKey;
            double gapDays = isKey ? Draws.uniform(r, 1, 3) : Draws.logUniform(r, 1, 30);
            double shape = isKey ? Draws.uniform(r, 4, 12)
                    : r.nextDouble() < 0.6 ? Draws.uniform(r, 4, 16) : Draws.uniform(r, 0.4, 0.9);
            Customer c = new Customer(g.prefix + "C" + i, isKey,
                    isKey ? Draws.uniform(r, 500_000, 2_500_000) : Draws.uniform(r, 200, 8_000),
                    g.products.get(r.nextInt(g.products.size())),
                    g.regions.get(r.nextInt(g.regions.size())),
                    gapDays * HistoryGenerator.DAY, shape, Long.MAX_VALUE);
            all.add(c);
            (isKey ? key : standard).add(c);
        }
    }

    int keyAccounts() {
        return key.size();
    }

    Customer anyStandard() {
        return standard.get(r.nextInt(standard.size()));
    }

    /** Replaces a customer, e.g. by one that falls silent. */
    void replace(Customer c, Customer by) {
        all.set(all.indexOf(c), by);
        key.set(key.indexOf(c), by);
    }

    /** Event times of a customer's activity within the history, before it falls silent. */
    List<Long> activity(Customer c, Random draws) {
        List<Long> times = new ArrayList<>();
        long t = g.start - (long) (draws.nextDouble() * c.meanGapMs());
        while (true) {
            t += Math.max(HistoryGenerator.MINUTE,
                    (long) Draws.gamma(draws, c.shape(), c.meanGapMs()));
            if (t >= g.end || t >= c.silentFrom()) {
                return times;
            }
            if (t >= g.start) {
                times.add(t);
            }
        }
    }

    void write() {
        for (Customer c : all) {
            long time = g.start - HistoryGenerator.HOUR;
            g.lines.add(new InputLine(InputKind.ACCOUNTS, time, c.id(), new Json()
                    .text("event_id", g.id("ac")).time("timestamp", time).text("customer_id", c.id())
                    .text("tier", c.key() ? "key" : "standard")
                    .number("annual_value", String.format(java.util.Locale.ROOT, "%.2f", c.annualValue()))
                    .text("name", "Account " + c.id())
                    .text("segment", c.key() ? "business" : "consumer")
                    .time("updated_at", time - 30 * HistoryGenerator.DAY).toString()));
            long last = Long.MIN_VALUE;
            for (long t : activity(c, r)) {
                interaction(c, t);
                last = t;
                if (c.key() && r.nextDouble() < 0.2) {
                    double x = r.nextDouble();
                    int nps = x < 0.7 ? 9 + r.nextInt(2) : x < 0.98 ? 7 + r.nextInt(2) : 5 + r.nextInt(2);
                    last = t + r.nextInt(30) * HistoryGenerator.MINUTE;
                    g.answer(last, c, g.channelByVolume(), nps,
                            r.nextDouble() < 0.4 ? g.commentFor(Math.max(7, nps)) : null);
                }
            }
            lastActive.put(c.id(), last);
        }
    }

    private void interaction(Customer c, long time) {
        double x = r.nextDouble();
        String type = x < 0.6 ? "usage" : x < 0.85 ? "purchase" : x < 0.9 ? "renewal" : "support_ticket";
        Json json = new Json().text("event_id", g.id("ix")).time("timestamp", time)
                .text("customer_id", c.id()).text("type", type);
        if (type.equals("purchase") || type.equals("renewal")) {
            json.number("amount", String.format(java.util.Locale.ROOT, "%.2f",
                    c.annualValue() / 12 * Draws.uniform(r, 0.05, 0.3)));
        }
        json.text("channel", CHANNEL_OF_INTERACTION[r.nextInt(CHANNEL_OF_INTERACTION.length)])
                .text("product", c.product());
        g.lines.add(new InputLine(InputKind.INTERACTIONS, time, c.id(), json.toString()));
    }

    private static final String[] CHANNEL_OF_INTERACTION = {"app", "web", "phone", "store", "chat"};
}
