package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Background behaviour for {@code cx.interactions}: usage, purchases, renewals, support tickets,
 * downgrades, a few cancellations, the signups of new customers, and the phone ticket surge on the
 * billing incident day.
 */
final class InteractionStream {

    static final double INTERACTIONS_PER_DAY = 1700;
    static final int INCIDENT_TICKETS = 130;
    static final int CANCELLATIONS = 3;

    private static final List<String> TYPES = List.of("usage", "purchase", "renewal", "support_ticket", "downgrade");
    private static final double[] TYPE_WEIGHTS = {0.66, 0.12, 0.05, 0.15, 0.02};

    private final List<Customer> customers;
    private final Random rng;
    private final JsonlFile file;
    private final WeightedPicker picker;
    private final Map<String, Instant> cancelledAt = new HashMap<>();

    InteractionStream(List<Customer> customers, Random rng, JsonlFile file) {
        this.customers = customers;
        this.rng = rng;
        this.file = file;
        this.picker = new WeightedPicker(customers, c -> true, 2.0);
    }

    void generate() {
        WeightedPicker standard = new WeightedPicker(customers,
                c -> !c.isKey() && c.joinedAt() == null && !PlantedStory.REVALUED.contains(c.id()), 1.0);
        while (cancelledAt.size() < CANCELLATIONS) {
            int day = 7 + rng.nextInt(6);
            Instant t = SampleWindow.randomTimeIn(day, 6, 18, rng);
            Customer c = standard.pick(t, rng);
            if (cancelledAt.putIfAbsent(c.id(), t) == null) {
                file.add(t, fields(c, t, "cancellation", null, rng.nextDouble() < 0.7 ? "phone" : "store",
                        c.product(), rng), true);
            }
        }
        for (Customer c : customers) {
            if (c.joinedAt() != null) {
                String channel = PhraseBook.pick(List.of("web", "store", "phone"), rng);
                file.add(c.joinedAt(), fields(c, c.joinedAt(), "signup", null, channel, c.product(), rng), true);
            }
        }
        for (int day = 0; day < SampleWindow.DAYS; day++) {
            long n = Math.round(INTERACTIONS_PER_DAY * SampleWindow.dayWeight(day) * (0.95 + 0.1 * rng.nextDouble()));
            for (int i = 0; i < n; i++) {
                Instant t = SampleWindow.randomTimeIn(day, rng);
                Customer c = picker.pick(t, rng, x -> stillCustomer(x, t));
                String type = CustomerPopulation.pick(rng, TYPE_WEIGHTS, TYPES);
                add(c, t, type);
            }
            if (day == PlantedStory.BILLING_DAY) {
                for (int i = 0; i < INCIDENT_TICKETS; i++) {
                    Instant t = SampleWindow.randomTimeIn(day, 6, 19, rng);
                    Customer c = picker.pick(t, rng, x -> stillCustomer(x, t));
                    file.add(t, fields(c, t, "support_ticket", null, "phone", c.product(), rng), true);
                }
            }
        }
    }

    private boolean stillCustomer(Customer c, Instant t) {
        Instant cancelled = cancelledAt.get(c.id());
        return cancelled == null || t.isBefore(cancelled);
    }

    private void add(Customer c, Instant t, String type) {
        String product = "purchase".equals(type) && rng.nextDouble() < 0.3
                ? PhraseBook.pick(CustomerPopulation.PRODUCTS, rng) : c.product();
        BigDecimal amount = switch (type) {
            case "purchase" -> Prices.purchase(c, product, rng);
            case "renewal" -> Prices.renewal(c, rng);
            default -> null;
        };
        String channel = switch (type) {
            case "usage" -> rng.nextDouble() < 0.25 ? null : rng.nextDouble() < 0.6 ? "app" : "web";
            case "purchase" -> CustomerPopulation.pick(rng, new double[] {0.15, 0.30, 0.25, 0.30}, List.of("phone", "web", "app", "store"));
            case "renewal" -> CustomerPopulation.pick(rng, new double[] {0.3, 0.5, 0.2}, List.of("phone", "web", "app"));
            case "support_ticket" -> CustomerPopulation.pick(rng, new double[] {0.45, 0.15, 0.10, 0.05, 0.25},
                    CustomerPopulation.CHANNELS);
            default -> rng.nextDouble() < 0.6 ? "phone" : "web";
        };
        if (channel != null && !"usage".equals(type) && rng.nextDouble() < 0.05) {
            channel = null;
        }
        file.add(t, fields(c, t, type, amount, channel, product, rng), true);
    }

    /** The fields of one interaction; {@code amount} only for purchases and renewals. */
    static Map<String, Object> fields(Customer c, Instant t, String type, BigDecimal amount, String channel,
            String product, Random rng) {
        Map<String, Object> f = JsonlFile.fields();
        f.put("timestamp", SampleWindow.timestamp(t, rng));
        f.put("customer_id", c.id());
        f.put("type", type);
        if (amount != null) {
            f.put("amount", amount);
        }
        if (channel != null) {
            f.put("channel", channel);
        }
        if (product != null && rng.nextDouble() < 0.92) {
            f.put("product", product);
        }
        return f;
    }
}
