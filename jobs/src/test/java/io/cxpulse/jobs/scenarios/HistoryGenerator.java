package io.cxpulse.jobs.scenarios;

import io.cxpulse.records.InputKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded two-week histories of a business nobody tuned the rules to: 3-6 channels (one of about
 * 15 answers a day, one of 80-120, the others 10-40, Poisson from day to day), 2-5 products and
 * regions, 1-4 review sources of 3-20 reviews a day each, 40-150 standard customers whose
 * activity comes every 1 to 30 days, regularly or in bursts, and 6-12 key accounts active every
 * 1-3 days. Each channel has its own NPS mix (-10..+60) drifting by about 2 points a day;
 * detractors complain about aspects in proportions of the history's own. Unless quiet, it hides
 * one incident of each {@link IncidentKind} at a random place and time, with the alert it must
 * open ({@link History#incidents()}). Histories of different seeds share no id or segment.
 */
public final class HistoryGenerator {
    public static final long MINUTE = 60_000L;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;
    /** The first day of every history, a Monday. */
    public static final long START = Instant.parse("2026-05-04T00:00:00Z").toEpochMilli();
    public static final int DAYS = 14;

    private static final String[] CHANNELS = {"phone", "web", "app", "store", "chat", "email"};
    private static final String[] PRODUCTS = {"fiber", "mobile", "tv", "bundle", "cloud"};
    private static final String[] REGIONS = {"center", "north", "south", "jerusalem", "haifa"};
    private static final String[] SOURCES = {"google", "facebook", "app_store", "trustpilot"};

    final Random r;
    final long seed;
    final boolean quiet;
    final String prefix;
    final long start = START;
    final long end = START + DAYS * DAY;
    final List<InputLine> lines = new ArrayList<>();
    final List<PlantedIncident> incidents = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    final List<String> products = new ArrayList<>();
    final List<String> regions = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final double[] aspectWeights = new double[ScenarioTexts.ASPECTS.size()];
    final Population customers;
    private int nextId;

    /** A survey channel: answers a day, and its usual NPS and share of passives per day. */
    static final class Channel {
        final String name;
        final double perDay;
        final double[] nps = new double[DAYS];
        final double[] passives = new double[DAYS];

        Channel(String name, double perDay) {
            this.name = name;
            this.perDay = perDay;
        }
    }

    /** A review source: reviews a day and the chance of each rating 1-5. */
    record Source(String name, double perDay, double[] ratings) {}

    private HistoryGenerator(long seed, boolean quiet) {
        this.seed = seed;
        this.quiet = quiet;
        this.r = new Random(seed * 1_000_003L + (quiet ? 7 : 0));
        this.prefix = (quiet ? "q" : "h") + seed + "-";
        int nChannels = Draws.between(r, 3, 6);
        for (int i = 0; i < nChannels; i++) {
            double perDay = i == 0 ? Draws.uniform(r, 13, 17)
                    : i == 1 ? Draws.uniform(r, 80, 120) : Draws.logUniform(r, 10, 40);
            Channel c = new Channel(prefix + CHANNELS[i], perDay);
            double nps = i == 0 ? Draws.uniform(r, 20, 60) : Draws.uniform(r, -10, 60);
            double passive = Draws.uniform(r, 0.15, 0.35);
            for (int d = 0; d < DAYS; d++) {
                nps = Math.max(-60, Math.min(80, nps + 2 * r.nextGaussian()));
                c.nps[d] = nps;
                c.passives[d] = passive;
            }
            channels.add(c);
        }
        for (int i = 0, n = Draws.between(r, 2, 5); i < n; i++) {
            products.add(prefix + PRODUCTS[i]);
        }
        for (int i = 0, n = Draws.between(r, 2, 5); i < n; i++) {
            regions.add(prefix + REGIONS[i]);
        }
        for (int i = 0, n = Draws.between(r, 1, 4); i < n; i++) {
            double negative = Draws.uniform(r, 0.1, 0.35);
            double three = Draws.uniform(r, 0.08, 0.2);
            double four = Draws.uniform(r, 0.15, 0.3);
            double[] ratings = {negative * 0.6, negative * 0.4, three, four,
                    1 - negative - three - four};
            sources.add(new Source(prefix + SOURCES[i], Draws.logUniform(r, 3, 20), ratings));
        }
        for (int i = 0; i < aspectWeights.length; i++) {
            aspectWeights[i] = Math.pow(r.nextDouble(), 2);
        }
        customers = new Population(this);
    }

    public static History generate(long seed, boolean quiet) {
        HistoryGenerator g = new HistoryGenerator(seed, quiet);
        Incidents planted = quiet ? null : new Incidents(g);
        g.customers.write();
        g.answers(planted);
        g.reviews(planted);
        if (planted != null) {
            planted.write();
        }
        int complained = ScenarioTexts.ASPECTS.size() * (g.products.size() + 1);
        int segments = g.channels.size() + g.products.size() + g.regions.size()
                + g.sources.size() * (g.products.size() + 2) + complained;
        String shape = String.format(Locale.ROOT, "%d channels (%s answers a day), %d products,"
                + " %d regions, %d sources (%s reviews a day), %d customers (%d key)",
                g.channels.size(), g.channels.stream().map(c -> String.valueOf(Math.round(c.perDay)))
                        .toList(), g.products.size(), g.regions.size(), g.sources.size(),
                g.sources.stream().map(s -> String.valueOf(Math.round(s.perDay()))).toList(),
                g.customers.all.size(), g.customers.keyAccounts());
        return new History(seed, g.prefix, quiet, g.start, g.end, List.copyOf(g.lines),
                List.copyOf(g.incidents), segments, g.customers.keyAccounts(), shape);
    }

    String id(String kind) {
        return prefix + kind + "-" + (nextId++);
    }

    long at(int day, double hour) {
        return start + day * DAY + (long) (hour * HOUR);
    }

    /** A daytime instant of the day, 06:00 to 23:00. */
    long daytime(int day) {
        return at(day, Draws.uniform(r, 6, 23));
    }

    Channel channelByVolume() {
        double total = channels.stream().mapToDouble(c -> c.perDay).sum();
        double x = r.nextDouble() * total;
        for (Channel c : channels) {
            x -= c.perDay;
            if (x < 0) {
                return c;
            }
        }
        return channels.get(channels.size() - 1);
    }

    String aspectByWeight() {
        double total = 0;
        for (double w : aspectWeights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < aspectWeights.length; i++) {
            x -= aspectWeights[i];
            if (x < 0) {
                return ScenarioTexts.ASPECTS.get(i);
            }
        }
        return ScenarioTexts.ASPECTS.get(0);
    }

    int npsFrom(Channel c, int day, Incidents planted) {
        double nps = c.nps[day];
        double passive = c.passives[day];
        if (planted != null) {
            nps = planted.npsOf(c, day, nps);
            passive = Math.min(passive, 1 - Math.abs(nps) / 100);
        }
        double promoter = (1 - passive + nps / 100) / 2;
        double x = r.nextDouble();
        return x < promoter ? 9 + r.nextInt(2) : x < promoter + passive ? 7 + r.nextInt(2)
                : r.nextInt(7);
    }

    /** A comment fitting the answer, or null for none (four answers in ten). */
    String commentFor(int nps) {
        if (r.nextDouble() < 0.4) {
            return null;
        }
        if (nps >= 9) {
            return ScenarioTexts.pick(r, ScenarioTexts.POSITIVE);
        }
        if (nps >= 7) {
            return ScenarioTexts.pick(r, r.nextBoolean() ? ScenarioTexts.MILD : ScenarioTexts.POSITIVE);
        }
        return r.nextDouble() < 0.75
                ? ScenarioTexts.pick(r, ScenarioTexts.COMPLAINTS.get(aspectByWeight()))
                : ScenarioTexts.pick(r, ScenarioTexts.NEGATIVE);
    }

    void answer(long time, Customer who, Channel channel, int nps, String comment) {
        String eventId = id("fb");
        lines.add(new InputLine(InputKind.FEEDBACK, time, who.id(), new Json()
                .text("event_id", eventId).time("timestamp", time).text("customer_id", who.id())
                .number("nps", nps).text("comment", comment).text("channel", channel.name)
                .text("product", who.product()).text("region", who.region()).toString()));
    }

    void review(long time, Source source, String product, int rating, String text,
            Customer who) {
        String eventId = id("rv");
        lines.add(new InputLine(InputKind.REVIEWS, time, who == null ? eventId : who.id(),
                new Json().text("event_id", eventId).time("timestamp", time)
                        .number("rating", rating).text("text", text).text("source", source.name())
                        .text("product", product).text("customer_id", who == null ? null : who.id())
                        .toString()));
    }

    private void answers(Incidents planted) {
        for (int day = 0; day < DAYS; day++) {
            for (Channel c : channels) {
                for (int i = Draws.poisson(r, c.perDay); i > 0; i--) {
                    int nps = npsFrom(c, day, planted);
                    answer(daytime(day), customers.anyStandard(), c, nps, commentFor(nps));
                }
            }
        }
    }

    private void reviews(Incidents planted) {
        for (int day = 0; day < DAYS; day++) {
            for (Source s : sources) {
                for (int i = Draws.poisson(r, s.perDay()); i > 0; i--) {
                    long time = daytime(day);
                    String product = r.nextDouble() < 0.1 ? null
                            : products.get(r.nextInt(products.size()));
                    int rating = rating(s);
                    if (planted != null && planted.keepsPositive(s, product, time)) {
                        rating = 3 + r.nextInt(3);
                    }
                    String text = rating >= 4 ? ScenarioTexts.pick(r, ScenarioTexts.POSITIVE)
                            : rating == 3 ? ScenarioTexts.pick(r, ScenarioTexts.MILD)
                            : r.nextDouble() < 0.6
                                    ? ScenarioTexts.pick(r, ScenarioTexts.COMPLAINTS.get(aspectByWeight()))
                                    : ScenarioTexts.pick(r, ScenarioTexts.NEGATIVE);
                    review(time, s, product, rating, text,
                            r.nextDouble() < 0.3 ? customers.anyStandard() : null);
                }
            }
        }
    }

    private int rating(Source s) {
        double x = r.nextDouble();
        for (int i = 0; i < 5; i++) {
            x -= s.ratings()[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return 5;
    }
}
