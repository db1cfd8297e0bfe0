package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/** Amounts in shekels for purchases and renewals. */
final class Prices {

    private Prices() {}

    /** A purchase: add-ons and plans most of the time, sometimes a device; businesses buy more at once. */
    static BigDecimal purchase(Customer c, String product, Random rng) {
        double price;
        switch (product) {
            case "fiber" -> price = rng.nextDouble() < 0.8 ? between(99, 249, rng) : between(390, 890, rng);
            case "mobile" -> price = rng.nextDouble() < 0.7 ? between(29, 89, rng) : between(899, 4299, rng);
            case "tv" -> price = between(49, 149, rng);
            default -> price = between(199, 399, rng);
        }
        if (c.isBusiness()) {
            price *= 1.5 + rng.nextInt(6);
        }
        return endingIn90(price);
    }

    /** A monthly renewal: about a twelfth of the annual value. */
    static BigDecimal renewal(Customer c, Random rng) {
        double monthly = c.annualValue().doubleValue() / 12 * (0.95 + 0.1 * rng.nextDouble());
        return BigDecimal.valueOf(monthly).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal endingIn90(double price) {
        return BigDecimal.valueOf(Math.floor(price)).add(new BigDecimal("0.90"));
    }

    private static double between(int low, int high, Random rng) {
        return low + rng.nextDouble() * (high - low);
    }
}
