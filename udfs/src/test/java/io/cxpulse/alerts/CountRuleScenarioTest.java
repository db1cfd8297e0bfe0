package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reputation-surge and complaint-cluster rules at their defaults over seeded
 * {@link CountScenario} histories, fed as the job feeds them: records split over two input
 * subtasks, each a little out of order and with its own exposure counters flushed by a watermark
 * that lets some records come after their step was sent, and judged per subject in event-time
 * order. Each planted incident must alert within a day of its start in at least 95%
 * of seeds, and quiet histories open at most one alert per 1,000 subject-days.
 */
class CountRuleScenarioTest {
    static final int SEEDS = 100;
    static final int SUBTASKS = 2;
    static final long OUT_OF_ORDER = 10 * 60_000L;

    /** What a run of one rule over one history did. */
    record Outcome(long opens, long subjectDays, List<Verdict> firing, List<String> firingKeys) {}

    interface Counting<T> {
        void count(T record, ExposureCounter counter, java.util.function.Consumer<CountObservation> out);
    }

    /** The observations one input gives, over {@link #SUBTASKS} subtasks. */
    static <T> List<CountObservation> observe(List<T> records, Counting<T> counting,
            CountRuleSettings c, java.util.function.ToLongFunction<T> timeOf, long seed) {
        Random r = new Random(seed);
        List<List<T>> subtasks = new ArrayList<>();
        List<List<Long>> arrival = new ArrayList<>();
        for (int i = 0; i < SUBTASKS; i++) {
            subtasks.add(new ArrayList<>());
            arrival.add(new ArrayList<>());
        }
        for (T record : records) {
            int i = r.nextInt(SUBTASKS);
            subtasks.get(i).add(record);
            arrival.get(i).add(timeOf.applyAsLong(record) + (long) (r.nextDouble() * OUT_OF_ORDER));
        }
        List<CountObservation> out = new ArrayList<>();
        for (int i = 0; i < SUBTASKS; i++) {
            List<T> in = subtasks.get(i);
            List<Long> at = arrival.get(i);
            Integer[] order = new Integer[in.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, Comparator.comparingLong(at::get));
            ExposureCounter counter = new ExposureCounter(c.step().toMillis());
            long newest = Long.MIN_VALUE;
            for (Integer k : order) {
                T record = in.get(k);
                counting.count(record, counter, out::add);
                // a watermark half the disorder behind: some records come after their step left
                newest = Math.max(newest, timeOf.applyAsLong(record));
                out.addAll(counter.flushThrough(newest - OUT_OF_ORDER / 2));
            }
            out.addAll(counter.flushThrough(Long.MAX_VALUE));
        }
        return out;
    }

    /** Judges observations per subject in event-time order, as the engine does. */
    static Outcome judge(CountRule rule, List<CountObservation> observations) {
        observations.sort(Comparator.comparingLong(CountObservation::time));
        AlertLifecycle lifecycle = new AlertLifecycle(rule.name(), 3_600_000L, rule.clearAfterMillis());
        Map<String, CountState> states = new HashMap<>();
        Map<String, Episode> episodes = new HashMap<>();
        Set<String> subjectDays = new HashSet<>();
        long opens = 0;
        List<Verdict> firing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (CountObservation o : observations) {
            subjectDays.add(o.key() + '@' + Math.floorDiv(o.time(), CountScenario.DAY));
            Verdict v = rule.observe(states.computeIfAbsent(o.key(), k -> rule.newState()), o);
            Episode e = episodes.computeIfAbsent(o.key(), k -> new Episode());
            lifecycle.onTime(e, o.time());
            Alert a = lifecycle.onVerdict(e, v);
            opens += a != null && a.status().equals(Alert.OPEN) ? 1 : 0;
            if (v.firing()) {
                firing.add(v);
                keys.add(o.key());
            }
        }
        return new Outcome(opens, subjectDays.size(), firing, keys);
    }

    static List<CountObservation> surgeInputs(CountScenario s, boolean planted, CountRuleSettings c) {
        return observe(s.reviews(planted), (Counting<ScoredReview>) (r, counter, out) ->
                AlertInputs.negativeReviews(r, c.maxRating(), counter, out), c,
                r -> r.event().timestamp(), s.seed);
    }

    static List<CountObservation> clusterInputs(CountScenario s, boolean planted, CountRuleSettings c) {
        List<CountObservation> all = observe(s.reviews(planted),
                (Counting<ScoredReview>) (r, counter, out) ->
                        AlertInputs.complaints(r, c.maxRating(), counter, out),
                c, r -> r.event().timestamp(), s.seed + 7);
        all.addAll(observe(s.comments(planted), (Counting<ScoredFeedback>) (f, counter, out) ->
                AlertInputs.complaints(f, counter, out), c,
                f -> f.event().timestamp(), s.seed + 11));
        return all;
    }

    static boolean caught(Outcome o, String key, long start, CountRuleSettings c) {
        for (int i = 0; i < o.firing().size(); i++) {
            long t = o.firing().get(i).time();
            if (o.firingKeys().get(i).equals(key) && t >= start && t < start + c.window().toMillis()) {
                return true;
            }
        }
        return false;
    }

    /** Detection and quiet rates of one rule over the seeds. */
    static final class Rates {
        int caught;
        int seeds;
        long opens;
        long subjectDays;
        final List<Long> missed = new ArrayList<>();

        double per1000() {
            return 1000.0 * opens / subjectDays;
        }

        String report(String name) {
            return String.format(Locale.ROOT, "%s: planted incident caught in %d/%d seeds (missed:"
                    + " %s); quiet: %d opens in %d subject-days = %.2f per 1,000", name, caught,
                    seeds, missed, opens, subjectDays, per1000());
        }
    }

    @Test
    void plantedSurgesAndClustersAlertAndQuietHistoriesStayQuiet() {
        AlertSettings d = AlertSettings.defaults();
        CountRuleSettings surge = d.reputationSurge();
        CountRuleSettings cluster = d.complaintCluster();
        Rates surges = new Rates();
        Rates clusters = new Rates();
        for (long seed = 1; seed <= SEEDS; seed++) {
            CountScenario s = new CountScenario(seed);
            Outcome quiet = judge(new ReputationSurgeRule(surge), surgeInputs(s, false, surge));
            Outcome planted = judge(new ReputationSurgeRule(surge), surgeInputs(s, true, surge));
            add(surges, quiet, caught(planted, s.surgeKey(), s.surgeStart, surge), seed);
            quiet = judge(new ComplaintClusterRule(cluster), clusterInputs(s, false, cluster));
            planted = judge(new ComplaintClusterRule(cluster), clusterInputs(s, true, cluster));
            add(clusters, quiet, caught(planted, s.clusterKey(), s.clusterStart, cluster), seed);
        }
        System.out.println("counting-rule scenarios, " + SEEDS + " seeds");
        System.out.println(surges.report("reputation-surge " + surge));
        System.out.println(clusters.report("complaint-cluster " + cluster));
        assertTrue(surges.caught >= 0.95 * SEEDS, surges.report("surge"));
        assertTrue(clusters.caught >= 0.95 * SEEDS, clusters.report("cluster"));
        assertTrue(surges.per1000() <= 1.0, surges.report("surge"));
        assertTrue(clusters.per1000() <= 1.0, clusters.report("cluster"));
    }

    private static void add(Rates rates, Outcome quiet, boolean caught, long seed) {
        rates.seeds++;
        rates.caught += caught ? 1 : 0;
        if (!caught) {
            rates.missed.add(seed);
        }
        rates.opens += quiet.opens();
        rates.subjectDays += quiet.subjectDays();
    }
}
