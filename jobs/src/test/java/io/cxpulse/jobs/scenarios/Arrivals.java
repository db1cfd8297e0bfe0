package io.cxpulse.jobs.scenarios;

import io.cxpulse.records.InputKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Input lines as a Kafka producer would leave them: each in the partition its key hashes to,
 * each partition in the order of arrival, which is event time plus a random delay of up to
 * {@code maxDelay}, so that a partition is out of order within that delay and the four topics
 * interleave. Account records arrive before everything else, as a compacted topic read from the
 * start does.
 */
public final class Arrivals {
    private Arrivals() {}

    private record Arriving(InputLine line, long at) {}

    public static List<List<InputLine>> partitions(List<InputLine> lines, int partitions,
            Duration maxDelay, long seed) {
        Random r = new Random(seed);
        List<List<Arriving>> arriving = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            arriving.add(new ArrayList<>());
        }
        for (InputLine line : lines) {
            long at = line.kind() == InputKind.ACCOUNTS ? Long.MIN_VALUE
                    : line.eventTime() + (long) (r.nextDouble() * maxDelay.toMillis());
            arriving.get(partitionOf(line.key(), partitions)).add(new Arriving(line, at));
        }
        List<List<InputLine>> out = new ArrayList<>();
        for (List<Arriving> p : arriving) {
            p.sort(Comparator.comparingLong(Arriving::at));
            out.add(p.stream().map(Arriving::line).toList());
        }
        return out;
    }

    /** The partition of a key: a stable hash of it, as Kafka's default partitioner keeps. */
    public static int partitionOf(String key, int partitions) {
        return Math.floorMod(key.hashCode() * 0x9E3779B9, partitions);
    }
}
