package io.cxpulse.jobs.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code cx.accounts}: a snapshot line per customer at the start of the window (new customers at
 * their signup), then a second line for the accounts updated during the window.
 */
final class AccountStream {

    private static final Instant CRM_HISTORY_START = Instant.parse("2024-06-01T00:00:00Z");

    private final List<Customer> customers;
    private final Random rng;
    private final JsonlFile file;

    AccountStream(List<Customer> customers, Random rng, JsonlFile file) {
        this.customers = customers;
        this.rng = rng;
        this.file = file;
    }

    void generate() {
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            Instant t = c.joinedAt() != null ? c.joinedAt().minusSeconds(30) : SampleWindow.START.plusSeconds(5L * i);
            Instant updatedAt = c.joinedAt() != null ? t
                    : CRM_HISTORY_START.plusSeconds((long) (rng.nextDouble()
                            * (SampleWindow.START.getEpochSecond() - CRM_HISTORY_START.getEpochSecond())));
            file.add(t, fields(c, t, c.tier(), c.annualValue(), updatedAt), true);
        }
        for (Customer c : customers) {
            if (c.id().equals(PlantedStory.UPGRADED)) {
                update(c, 3, "key", c.annualValue().multiply(BigDecimal.valueOf(8)));
            } else if (c.id().equals(PlantedStory.DOWNGRADED)) {
                update(c, 11, "standard", c.annualValue().multiply(new BigDecimal("0.08")));
            } else if (PlantedStory.REVALUED.contains(c.id())) {
                int day = 4 + 4 * PlantedStory.REVALUED.indexOf(c.id());
                update(c, day, c.tier(), c.annualValue().multiply(BigDecimal.valueOf(0.85 + 0.4 * rng.nextDouble())));
            }
        }
    }

    private void update(Customer c, int day, String tier, BigDecimal annualValue) {
        Instant t = SampleWindow.randomTimeIn(day, 7, 15, rng);
        Instant updatedAt = t.minusSeconds(60 + rng.nextInt(1800));
        file.add(t, fields(c, t, tier, annualValue.setScale(2, RoundingMode.HALF_UP), updatedAt), false);
    }

    private static Map<String, Object> fields(Customer c, Instant t, String tier, BigDecimal annualValue,
            Instant updatedAt) {
        Map<String, Object> f = JsonlFile.fields();
        f.put("timestamp", SampleWindow.utc(t));
        f.put("customer_id", c.id());
        f.put("tier", tier);
        f.put("annual_value", annualValue);
        if (c.name() != null) {
            f.put("name", c.name());
        }
        f.put("segment", c.segment());
        f.put("updated_at", SampleWindow.utc(updatedAt));
        return f;
    }
}
