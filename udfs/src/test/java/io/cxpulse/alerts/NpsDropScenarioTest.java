package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.NpsRollup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The NPS-drop rule at its defaults over seeded {@link NpsScenario} histories: each planted
 * drop alerts on its day in at least 95% of seeds, and quiet histories open at most one alert per
 * 1,000 segment-days judged. Also measures the rule without the "apart from the rest" guard.
 */
class NpsDropScenarioTest {
    /** Seeds 1..400: at 60, a true rate of 95% reads anywhere from 90% to 100%. */
    static final int SEEDS = 400;

    /** One judgement: the day, the segment, the verdict and whether it opened an alert. */
    record Judged(int day, String segment, String state, boolean opened) {}

    /** Judges a history as the job does: each rollup with its window's overall rollup. */
    static List<Judged> judge(List<List<NpsRollup>> history, NpsDropSettings settings, boolean guard) {
        NpsDropRule rule = new NpsDropRule(settings);
        AlertLifecycle lifecycle = new AlertLifecycle(rule.name(), 3_600_000L, rule.clearAfterMillis());
        Map<String, NpsHistory> states = new HashMap<>();
        Map<String, Episode> episodes = new HashMap<>();
        List<Judged> out = new ArrayList<>();
        for (int d = 0; d < history.size(); d++) {
            NpsRollup overall = history.get(d).get(0);
            for (NpsRollup r : history.get(d)) {
                boolean isOverall = r.dimension().equals("overall");
                NpsDropInput in = new NpsDropInput(r, isOverall || !guard ? null : overall);
                String key = rule.keyOf(in);
                Verdict v = rule.observe(states.computeIfAbsent(key, k -> rule.newState()), in);
                Episode e = episodes.computeIfAbsent(key, k -> new Episode());
                lifecycle.onTime(e, v.time());
                Alert a = lifecycle.onVerdict(e, v);
                out.add(new Judged(d, key, v.state(), a != null && a.status().equals(Alert.OPEN)));
            }
        }
        return out;
    }

    /** Rates over the seeds. */
    static final class Rates {
        long judged;
        long falseOpens;
        long sharedOpens;
        int seeds;
        int small;
        int large;
        final int[][] largeBySize = new int[3][2];
        final int[][] smallBySize = new int[3][2];
        /** Quiet opens and segment-days judged, by the segment's answers a day: <20, <150, more. */
        final long[][] quietBySize = new long[3][2];

        void add(NpsScenario s, List<List<NpsRollup>> quiet, List<List<NpsRollup>> planted,
                NpsDropSettings settings, boolean guard) {
            seeds++;
            Map<String, Long> answers = new HashMap<>();
            quiet.forEach(day -> day.forEach(r -> answers.merge(r.dimension() + '=' + r.value(),
                    r.responses(), Long::sum)));
            for (Judged j : judge(quiet, settings, guard)) {
                double perDay = (double) answers.get(j.segment()) / quiet.size();
                long[] size = quietBySize[perDay < 20 ? 0 : perDay < 150 ? 1 : 2];
                if (!j.state().equals(Verdict.NONE)) {
                    judged++;
                    size[1]++;
                }
                falseOpens += j.opened() ? 1 : 0;
                size[0] += j.opened() ? 1 : 0;
            }
            boolean smallCaught = false;
            boolean largeCaught = false;
            for (Judged j : judge(planted, settings, guard)) {
                boolean firing = j.state().equals(Verdict.FIRING);
                smallCaught |= firing && j.day() == s.smallDay
                        && j.segment().equals("channel=" + NpsScenario.channel(s.small));
                largeCaught |= firing && j.day() == s.largeDay
                        && j.segment().equals("channel=" + NpsScenario.channel(s.large));
                sharedOpens += j.opened() && j.segment().startsWith("product=")
                        && (j.day() == s.smallDay || j.day() == s.largeDay) ? 1 : 0;
            }
            small += smallCaught ? 1 : 0;
            large += largeCaught ? 1 : 0;
            int[] l = largeBySize[Math.min(2, (int) ((s.largeDrop - 15) / 5))];
            l[0] += largeCaught ? 1 : 0;
            l[1]++;
            int[] m = smallBySize[s.smallDrop() < 100 ? 0 : s.smallDrop() < 140 ? 1 : 2];
            m[0] += smallCaught ? 1 : 0;
            m[1]++;
        }

        double falseAlarmsPer1000() {
            return 1000.0 * falseOpens / judged;
        }

        String report(String name) {
            return String.format(Locale.ROOT, "%s: small segment caught %d/%d (drop 60-100: %s,"
                            + " 100-140: %s, 140+: %s), large segment caught %d/%d (15-20 points: %s,"
                            + " 20-25: %s, 25-30: %s); quiet: %d opens in %d segment-days = %.2f per"
                            + " 1,000 (segments of <20 answers a day: %s, 20-150: %s, more: %s);"
                            + " product alerts on planted days: %d",
                    name, small, seeds, cell(smallBySize[0]), cell(smallBySize[1]),
                    cell(smallBySize[2]), large, seeds, cell(largeBySize[0]), cell(largeBySize[1]),
                    cell(largeBySize[2]), falseOpens, judged, falseAlarmsPer1000(),
                    per1000(quietBySize[0]), per1000(quietBySize[1]), per1000(quietBySize[2]),
                    sharedOpens);
        }

        private static String per1000(long[] c) {
            return String.format(Locale.ROOT, "%.2f", 1000.0 * c[0] / c[1]);
        }

        private static String cell(int[] c) {
            return c[0] + "/" + c[1];
        }
    }

    /** The rates with the rest-of-business guard, and without it, over the same histories. */
    static Rates[] measure(NpsDropSettings settings) {
        Rates guarded = new Rates();
        Rates unguarded = new Rates();
        for (long seed = 1; seed <= SEEDS; seed++) {
            NpsScenario s = new NpsScenario(seed);
            List<List<NpsRollup>> quiet = s.history(false);
            List<List<NpsRollup>> planted = s.history(true);
            guarded.add(s, quiet, planted, settings, true);
            unguarded.add(s, quiet, planted, settings, false);
        }
        return new Rates[] {guarded, unguarded};
    }

    @Test
    void plantedDropsAlertOnTheirDayAndQuietHistoriesStayQuiet() {
        NpsDropSettings defaults = AlertSettings.defaults().npsDrop();
        Rates[] measured = measure(defaults);
        Rates rates = measured[0];
        Rates unguarded = measured[1];
        System.out.println("nps-drop scenarios, " + SEEDS + " seeds, defaults " + defaults);
        System.out.println(rates.report("with the rest-of-business guard"));
        System.out.println(unguarded.report("without it"));
        assertTrue(rates.small >= 0.95 * SEEDS, rates.report("small"));
        assertTrue(rates.large >= 0.95 * SEEDS, rates.report("large"));
        assertTrue(rates.falseAlarmsPer1000() <= 1.0, rates.report("quiet"));
        assertTrue(rates.sharedOpens <= unguarded.sharedOpens, "the guard cuts shared alerts");
    }
}
