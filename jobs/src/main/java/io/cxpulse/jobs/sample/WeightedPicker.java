package io.cxpulse.jobs.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Picks background customers in proportion to their activity. */
final class WeightedPicker {

    private final List<Customer> customers = new ArrayList<>();
    private final double[] cumulative;

    WeightedPicker(List<Customer> all, Predicate<Customer> include, double keyBoost) {
        for (Customer c : all) {
            if (!PlantedStory.isCast(c.id()) && include.test(c)) {
                customers.add(c);
            }
        }
        cumulative = new double[customers.size()];
        double sum = 0;
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            sum += c.activity() * (c.isKey() ? keyBoost : 1.0);
            cumulative[i] = sum;
        }
    }

    /** A customer who exists at {@code t} and is accepted by {@code allowed}. */
    Customer pick(Instant t, Random rng, Predicate<Customer> allowed) {
        double total = cumulative[cumulative.length - 1];
        while (true) {
            double r = rng.nextDouble() * total;
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] <= r) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Customer c = customers.get(lo);
            if (c.activeAt(t) && allowed.test(c)) {
                return c;
            }
        }
    }

    Customer pick(Instant t, Random rng) {
        return pick(t, rng, c -> true);
    }
}
