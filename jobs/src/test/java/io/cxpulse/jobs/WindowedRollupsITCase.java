package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.jobs.testing.EveryEventWatermarks;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.RandomRollupInputs;
import io.cxpulse.rollups.RollupDescriptor;
import io.cxpulse.rollups.Segments;
import io.cxpulse.serde.OutputJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rollup builder on a MiniCluster at parallelism 2, with input up to 40 minutes out of order
 * (so some records arrive after their hour closed, within the allowed lateness): every window's
 * last revision equals, byte for byte, the rollup of a one-pass tally of all its records.
 */
class WindowedRollupsITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    static final JobConfig CONFIG = JobConfig.from(ParameterTool.fromMap(Map.of(
            "windows", "1h,1d", "dimensions", "overall,channel,region,tier",
            "review.dimensions", "overall,source,region")));
    static final long SPAN = Duration.ofDays(2).toMillis();
    static final long DISORDER = Duration.ofMinutes(40).toMillis();

    @Test
    void everyNpsRollupEqualsTheOnePassTallyOfItsWindow() throws Exception {
        Random random = new Random(7);
        assertEqualsOnePass(CxPulseWorkflow.npsRollup(CONFIG),
                RandomRollupInputs.feedback(random, 3000, SPAN), random);
    }

    @Test
    void everyReviewRollupEqualsTheOnePassTallyOfItsWindow() throws Exception {
        Random random = new Random(11);
        assertEqualsOnePass(ReviewRollups.descriptor(CONFIG),
                RandomRollupInputs.reviews(random, 3000, SPAN), random);
    }

    private static <I, T, R> void assertEqualsOnePass(RollupDescriptor<I, T, R> rollup,
            List<I> records, Random random) throws Exception {
        Map<I, Long> jitter = new HashMap<>();
        records.forEach(r -> jitter.put(r, rollup.time(r) + random.nextLong(DISORDER)));
        List<I> outOfOrder = new ArrayList<>(records);
        outOfOrder.sort(Comparator.comparing(jitter::get));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(2);
        @SuppressWarnings("unchecked")
        Class<I> type = (Class<I>) records.get(0).getClass();
        DataStream<I> input = env.fromData(outOfOrder, TypeInformation.of(type))
                .assignTimestampsAndWatermarks(EveryEventWatermarks.of(
                        CONFIG.fastOutOfOrderness(), (r, ts) -> rollup.time(r)));
        Map<String, String> last = new TreeMap<>();
        Map<String, Integer> revisions = new HashMap<>();
        boolean revised = false;
        try (CloseableIterator<R> it = WindowedRollups.rollups(input, rollup, CONFIG,
                new ProcessingDeadLetters()).executeAndCollect()) {
            while (it.hasNext()) {
                R made = it.next();
                ObjectNode json = rollup.json(new OutputJson(), made);
                int revision = json.remove("revision").asInt();
                String key = rollup.key(made);
                assertEquals(revisions.getOrDefault(key, 0) + 1, revision, key);
                revisions.put(key, revision);
                revised |= revision > 1;
                last.put(key, json.toString());
            }
        }

        Map<String, String> expected = onePass(rollup, records);
        assertEquals(expected.keySet(), last.keySet());
        assertEquals(expected, last);
        assertTrue(revised, "some records came after their hour closed");
    }

    /** Every window's rollup from one tally of all its records, added in input order. */
    private static <I, T, R> Map<String, String> onePass(RollupDescriptor<I, T, R> rollup,
            List<I> records) {
        Map<String, T> tallies = new HashMap<>();
        for (I record : records) {
            for (Duration size : rollup.windows()) {
                long start = Math.floorDiv(rollup.time(record), size.toMillis()) * size.toMillis();
                for (String dimension : rollup.dimensions()) {
                    String value = Segments.value(dimension, rollup.rawValue(record, dimension));
                    String window = WindowSizes.label(size) + "|" + dimension + "|" + value
                            + "|" + start;
                    rollup.merge(tallies.computeIfAbsent(window, w -> rollup.empty()),
                            rollup.tallyOf(record));
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        tallies.forEach((window, tally) -> {
            String[] parts = window.split("\\|");
            long size = WindowSizes.parseList(parts[0]).get(0).toMillis();
            long start = Long.parseLong(parts[3]);
            R made = rollup.rollup(tally, parts[1], parts[2], parts[0], start, start + size, 1);
            ObjectNode json = rollup.json(new OutputJson(), made);
            json.remove("revision");
            out.put(rollup.key(made), json.toString());
        });
        return out;
    }
}
