package io.cxpulse.retention;

import static io.cxpulse.retention.Inputs.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.CustomerSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * At risk by downgrade over many simulated customers. The job starts on a population of existing
 * customers and sees each for 16 to 34 weeks. Every customer is active with gamma gaps (mean a
 * day to a month, shape 0.5 to 20, log-uniform, as in {@link AtRiskScenarioTest}), each activity
 * a usage, purchase or renewal. Half of the steady customers also change plans as routine, as
 * in the sample data: some of their activities are downgrades, one every 2 to 14 days on
 * average (log-uniform; they are active at least twice as often), each followed at the next
 * activity by a purchase that buys back up. A contracting customer never downgraded before and, at a
 * random time after its first 12 weeks in view, downgrades one to three times within a week, then
 * goes on buying as before. Expected outcomes come from what was planted.
 *
 * <p>A contraction is planted at least 12 weeks after the customer's first activity in view:
 * within the first memory of its view of a customer it did not see sign up, the job cannot tell
 * a contraction from a routine change, and does not flag it.
 */
class DowngradeScenarioTest {
    static final int SEEDS = 50;
    static final int CUSTOMERS = 60;
    static final long WEEK = 7 * DAY;

    /** What one run of the scenario measured. */
    record Rates(double steadyWeeks, int steadyAtRisk, int byDowngrade, int contractions,
            int flagged, int heldTwoWeeks, int seedsAllFlagged, int repeatSignals) {
        double falseRate() {
            return steadyAtRisk / steadyWeeks;
        }

        double detection() {
            return flagged / (double) contractions;
        }
    }

    @Test
    void routinePlanChangesRarelyPutACustomerAtRiskAndRealContractionsDo() {
        RetentionSettings settings = Inputs.settings();
        Rates r = run(settings);
        System.out.printf(Locale.ROOT, "at risk by downgrade over %d seeds x %d customers,"
                + " retention.downgrade.memory %s:%n"
                + "  steady customers (half of them changing plans as routine): %d at-risk signals"
                + " (any cause; %d by downgrade = %.5f) in %.0f customer-weeks = %.4f per"
                + " customer-week%n"
                + "  contracting customers: %d of %d flagged at their first downgrade = %.3f,"
                + " %d still at risk two weeks later, %d more at-risk signals from their later"
                + " downgrades; seeds with every contraction flagged: %d of %d%n",
                SEEDS, CUSTOMERS, settings.downgradeMemory().toDays() + "d", r.steadyAtRisk(),
                r.byDowngrade(), r.byDowngrade() / r.steadyWeeks(), r.steadyWeeks(), r.falseRate(),
                r.flagged(), r.contractions(), r.detection(), r.heldTwoWeeks(), r.repeatSignals(),
                r.seedsAllFlagged(), SEEDS);
        assertTrue(r.falseRate() < 0.01, "steady customers at risk per customer-week: " + r.falseRate());
        assertTrue(r.detection() >= 0.95, "contractions flagged: " + r.detection());
        assertTrue(r.seedsAllFlagged() >= 0.95 * SEEDS, "seeds with every contraction flagged");
        assertEquals(r.flagged(), r.heldTwoWeeks(), "routine purchases do not end a contraction's risk");
        assertEquals(0, r.repeatSignals(), "further downgrades while at risk signal nothing new");
    }

    /**
     * The other memories tried, for the record (docs/configuration.md): a shorter one flags the
     * routine changers whose plan changes pause for a few weeks, a longer one waits longer before
     * a customer's downgrades can be news.
     */
    @Test
    void otherMemories() {
        for (String memory : List.of("28d", "42d", "90d")) {
            RetentionSettings settings = RetentionSettings.from(Map.of(
                    "key-accounts.pareto-share", "0", "retention.downgrade.memory", memory));
            Rates r = run(settings);
            System.out.printf(Locale.ROOT, "  memory %s: steady at risk %.4f per customer-week"
                    + " (%d by downgrade), contractions flagged %.3f%n", memory, r.falseRate(),
                    r.byDowngrade(), r.detection());
        }
    }

    private static Rates run(RetentionSettings settings) {
        CustomerLifecycle lifecycle = new CustomerLifecycle(settings);
        double steadyWeeks = 0;
        int steadyAtRisk = 0;
        int byDowngrade = 0;
        int contractions = 0;
        int flagged = 0;
        int held = 0;
        int seedsAll = 0;
        int repeats = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random r = new Random(seed);
            boolean all = true;
            for (int c = 0; c < CUSTOMERS; c++) {
                boolean contracts = c % 5 == 0;
                boolean changer = !contracts && c % 2 == 1;
                // a routine changer downgrades every 2 to 14 days on average, so it is active
                // at least twice as often; every other customer once a day to once a month
                double planGap = changer ? Math.exp(Math.log(2) + r.nextDouble() * Math.log(7)) : 0;
                double mean = changer
                        ? Math.exp(r.nextDouble() * Math.log(planGap / 2))
                        : Math.exp(r.nextDouble() * Math.log(30));
                double downgrades = changer ? mean / planGap : 0;
                double shape = Math.exp(Math.log(0.5) + r.nextDouble() * Math.log(40));
                long end = Inputs.T0 + (16 + r.nextInt(19)) * WEEK;
                List<CustomerInput> inputs = new ArrayList<>();
                String id = "C" + c;
                // the customer's life began before the job: its first activity in view comes
                // somewhere in its rhythm; a routine changer buys back up at its next activity
                // after a downgrade
                long t = Inputs.T0 + (long) (r.nextDouble() * mean * DAY);
                boolean buyBack = false;
                while (t <= end) {
                    double u = r.nextDouble();
                    String type = buyBack ? "purchase" : r.nextDouble() < downgrades ? "downgrade"
                            : u < 0.7 ? "usage" : u < 0.9 ? "purchase" : "renewal";
                    buyBack = type.equals("downgrade");
                    inputs.add(Inputs.ix(id, t, type));
                    t += (long) (AtRiskScenarioTest.gamma(r, shape) * mean / shape * DAY);
                }
                long contraction = Long.MIN_VALUE;
                if (contracts) {
                    long seen = inputs.get(0).timestamp();
                    contraction = seen + 12 * WEEK
                            + (long) (r.nextDouble() * (end - seen - 14 * WEEK));
                    int n = 1 + r.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        inputs.add(Inputs.ix(id, contraction + (long) (i * r.nextDouble() * WEEK / n),
                                "downgrade"));
                    }
                }
                inputs.sort(Comparator.comparingLong(CustomerInput::timestamp));
                List<CustomerSignal> signals = LifecycleRun.signals(lifecycle, inputs, end);
                List<CustomerSignal> atRisk = signals.stream()
                        .filter(x -> x.signal().equals(CustomerSignal.AT_RISK)).toList();
                if (!contracts) {
                    steadyWeeks += (end - Inputs.T0) / (double) WEEK;
                    steadyAtRisk += atRisk.size();
                    byDowngrade += (int) atRisk.stream()
                            .filter(x -> "downgrade".equals(x.cause())).count();
                    continue;
                }
                contractions++;
                long at = contraction;
                boolean hit = atRisk.stream().anyMatch(x -> x.timestamp() == at
                        && "downgrade".equals(x.cause()));
                repeats += (int) atRisk.stream().filter(x -> x.timestamp() > at
                        && x.timestamp() < at + WEEK).count();
                all &= hit;
                if (hit) {
                    flagged++;
                    boolean back = signals.stream().anyMatch(x -> x.timestamp() > at
                            && x.timestamp() <= at + 2 * WEEK
                            && x.signal().equals(CustomerSignal.REACTIVATED));
                    held += back ? 0 : 1;
                }
            }
            seedsAll += all ? 1 : 0;
        }
        return new Rates(steadyWeeks, steadyAtRisk, byDowngrade, contractions, flagged, held,
                seedsAll, repeats);
    }
}
