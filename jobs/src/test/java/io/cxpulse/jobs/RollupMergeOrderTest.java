package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.jobs.testing.RandomRollupInputs;
import io.cxpulse.rollups.NpsRollupDescriptor;
import io.cxpulse.rollups.RetentionRollupDescriptor;
import io.cxpulse.rollups.ReviewDriverRollupDescriptor;
import io.cxpulse.rollups.ReviewRollupDescriptor;
import io.cxpulse.rollups.RollupDescriptor;
import io.cxpulse.rollups.SurveyDriverRollupDescriptor;
import io.cxpulse.serde.OutputJson;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Merging is exact: whatever partitions the records fall into and whatever order their partial
 * tallies are merged in, every rollup's JSON is the same, byte for byte, as the one-pass tally's.
 */
class RollupMergeOrderTest {
    static final long SPAN = Duration.ofDays(1).toMillis();
    static final List<Duration> DAY = List.of(Duration.ofDays(1));
    static final List<String> DIMENSIONS = List.of("overall");

    @Test
    void npsTalliesMergeExactlyInAnyOrder() {
        Random random = new Random(13);
        assertMergeOrderFree(new NpsRollupDescriptor("t", DAY, DIMENSIONS, 30, 5),
                RandomRollupInputs.feedback(random, 400, SPAN), random);
    }

    @Test
    void reviewTalliesMergeExactlyInAnyOrder() {
        Random random = new Random(17);
        assertMergeOrderFree(new ReviewRollupDescriptor("t", DAY, DIMENSIONS, 30, 5),
                RandomRollupInputs.reviews(random, 400, SPAN), random);
    }

    @Test
    void driverTalliesMergeExactlyInAnyOrder() {
        Random random = new Random(19);
        assertMergeOrderFree(new SurveyDriverRollupDescriptor("t", Duration.ofDays(1),
                DIMENSIONS, 5), RandomRollupInputs.feedback(random, 400, SPAN), random);
        assertMergeOrderFree(new ReviewDriverRollupDescriptor("t", Duration.ofDays(1),
                DIMENSIONS, 5), RandomRollupInputs.reviews(random, 400, SPAN), random);
    }

    @Test
    void retentionTalliesMergeExactlyInAnyOrder() {
        Random random = new Random(23);
        assertMergeOrderFree(new RetentionRollupDescriptor("t", Duration.ofDays(1), DIMENSIONS,
                Long.MAX_VALUE), RandomRollupInputs.facts(random, 400, SPAN), random);
    }

    private static <I, T, R> void assertMergeOrderFree(RollupDescriptor<I, T, R> rollup,
            List<I> records, Random random) {
        T onePass = rollup.empty();
        for (I record : records) {
            rollup.merge(onePass, rollup.tallyOf(record));
        }
        String expected = json(rollup, onePass);
        for (int trial = 0; trial < 20; trial++) {
            List<I> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            List<T> partials = new ArrayList<>();
            int partitions = 1 + random.nextInt(12);
            for (int p = 0; p < partitions; p++) {
                partials.add(rollup.empty());
            }
            for (I record : shuffled) {
                rollup.merge(partials.get(random.nextInt(partitions)), rollup.tallyOf(record));
            }
            Collections.shuffle(partials, random);
            T merged = rollup.empty();
            for (T partial : partials) {
                rollup.merge(merged, partial);
            }
            assertSameFields(onePass, merged, "trial " + trial + ": ");
            assertEquals(expected, json(rollup, merged), "trial " + trial);
        }
    }

    /** Every public field of a tally equal, exactly, nested objects field by field. */
    private static void assertSameFields(Object expected, Object actual, String path) {
        for (Field field : expected.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object e;
            Object a;
            try {
                e = field.get(expected);
                a = field.get(actual);
            } catch (IllegalAccessException ex) {
                throw new AssertionError(ex);
            }
            String name = path + field.getName();
            if (e instanceof long[] longs) {
                assertArrayEquals(longs, (long[]) a, name);
            } else if (e == null || e instanceof Number || e instanceof Map<?, ?>) {
                assertEquals(e, a, name);
            } else {
                assertSameFields(e, a, name + ".");
            }
        }
    }

    private static <T, R> String json(RollupDescriptor<?, T, R> rollup, T tally) {
        R made = rollup.rollup(tally, "overall", "all", "1d", RandomRollupInputs.T0,
                RandomRollupInputs.T0 + SPAN, 1);
        return rollup.json(new OutputJson(), made).toString();
    }
}
