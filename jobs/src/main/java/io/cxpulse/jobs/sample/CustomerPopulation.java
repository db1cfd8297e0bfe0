package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 200 customers C0001..C0200. A fifth are key accounts holding 80% of the annual value; the
 * story's customers have fixed roles.
 */
final class CustomerPopulation {

    static final int SIZE = 200;
    static final int KEY_ACCOUNTS = 40;
    static final double KEY_VALUE_SHARE = 0.80;

    static final List<String> PRODUCTS = List.of("fiber", "mobile", "tv", "bundle");
    static final List<String> CHANNELS = List.of("phone", "web", "app", "store", "chat");

    private CustomerPopulation() {}

    static List<Customer> build(Random rng) {
        Set<Integer> keys = new HashSet<>(Set.of(7, 77));
        Set<Integer> forcedStandard = Set.of(15, 42, 58, 123);
        while (keys.size() < KEY_ACCOUNTS) {
            int i = 1 + rng.nextInt(SIZE);
            if (!forcedStandard.contains(i) && i < PlantedStory.FIRST_NEW_CUSTOMER) {
                keys.add(i);
            }
        }
        Set<String> companies = new HashSet<>(Set.of(PlantedStory.KEY_ACCOUNT_NAME, PlantedStory.LOYAL_CRITIC_NAME));
        List<Customer> raw = new ArrayList<>();
        for (int i = 1; i <= SIZE; i++) {
            raw.add(customer(i, keys.contains(i), companies, rng));
        }
        return scaleToPareto(raw);
    }

    private static Customer customer(int i, boolean key, Set<String> companies, Random rng) {
        boolean business = i == 7 || i == 77 || i == 42 || i == 58
                || key || (i != 123 && rng.nextDouble() < 0.3);
        String name = business ? Names.company(rng, companies) : rng.nextDouble() < 0.85 ? Names.person(rng) : null;
        String region = pick(rng, new double[] {0.20, 0.45, 0.15, 0.20}, Names.REGIONS);
        String product = business
                ? pick(rng, new double[] {0.40, 0.25, 0.0, 0.35}, PRODUCTS)
                : pick(rng, new double[] {0.30, 0.35, 0.10, 0.25}, PRODUCTS);
        String channel = pick(rng, new double[] {0.25, 0.20, 0.30, 0.15, 0.10}, CHANNELS);
        String language = pick(rng, new double[] {0.72, 0.16, 0.12}, List.of("he", "en", "mixed"));
        double activity = Math.exp(rng.nextGaussian() * 0.6) * (key ? 2.5 : 1.0);
        double value = key ? 160_000 * Math.exp(rng.nextGaussian() * 0.5)
                : business ? 9_000 * Math.exp(rng.nextGaussian() * 0.6) : 2_400 * Math.exp(rng.nextGaussian() * 0.4);
        Instant joinedAt = i >= PlantedStory.FIRST_NEW_CUSTOMER
                ? SampleWindow.randomTimeIn(1 + rng.nextInt(10), 6, 18, rng) : null;
        if (i == 7) {
            name = PlantedStory.KEY_ACCOUNT_NAME;
            value = 1_240_000;
            region = "north";
            product = "bundle";
            language = "en";
        } else if (i == 58) {
            name = PlantedStory.LOYAL_CRITIC_NAME;
            region = "north";
            product = "mobile";
            language = "he";
        } else if (i == 123) {
            name = PlantedStory.SILENT_CHURNER_NAME;
            region = "center";
            product = "mobile";
            channel = "app";
            language = "he";
        }
        return new Customer(String.format("C%04d", i), name, business ? "business" : "consumer",
                key ? "key" : "standard", BigDecimal.valueOf(value), region, product, channel,
                Names.store(region, rng), language, activity, joinedAt);
    }

    /** Rescales standard accounts so that key accounts hold {@link #KEY_VALUE_SHARE} of the total. */
    private static List<Customer> scaleToPareto(List<Customer> raw) {
        double keySum = 0;
        double standardSum = 0;
        for (Customer c : raw) {
            if (c.isKey()) {
                keySum += c.annualValue().doubleValue();
            } else {
                standardSum += c.annualValue().doubleValue();
            }
        }
        double factor = keySum * (1 - KEY_VALUE_SHARE) / KEY_VALUE_SHARE / standardSum;
        List<Customer> out = new ArrayList<>();
        for (Customer c : raw) {
            double v = c.annualValue().doubleValue() * (c.isKey() ? 1.0 : factor);
            out.add(c.withAnnualValue(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    static String pick(Random rng, double[] weights, List<String> values) {
        double r = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
