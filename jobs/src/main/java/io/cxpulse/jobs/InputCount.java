package io.cxpulse.jobs;

import io.cxpulse.functions.InputAccounting;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What became of the records of one input topic: read, accepted into the analysis, or
 * dead-lettered, by reason ({@code duplicate} among them).
 */
public record InputCount(long read, long accepted, Map<String, Long> deadLettered) {

    /** Records dead-lettered for any reason. */
    public long deadLetteredTotal() {
        return deadLettered.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every record read was either accepted or dead-lettered, and only once. */
    public boolean balanced() {
        return read == accepted + deadLetteredTotal();
    }

    /**
     * The counts per input topic from a finished job's accumulators (see
     * {@link InputAccounting}), topics sorted by name.
     *
     * @param topicOf the input topic of a source name, e.g. of a file name
     */
    public static Map<String, InputCount> fromAccumulators(
            Map<String, Object> accumulators, UnaryOperator<String> topicOf) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, TreeMap<String, Long>> dead = new TreeMap<>();
        accumulators.forEach((name, value) -> {
            String[] parsed = InputAccounting.parse(name);
            if (parsed == null) {
                return;
            }
            String topic = topicOf.apply(parsed[1]);
            long n = ((Number) value).longValue();
            long[] c = counts.computeIfAbsent(topic, t -> new long[2]);
            dead.computeIfAbsent(topic, t -> new TreeMap<>());
            if (parsed[0].equals(InputAccounting.READ)) {
                c[0] += n;
            } else if (parsed[0].equals(InputAccounting.ACCEPTED)) {
                c[1] += n;
            } else if (parsed[0].startsWith(InputAccounting.DEAD_LETTER)) {
                dead.get(topic).merge(parsed[0].substring(InputAccounting.DEAD_LETTER.length()),
                        n, Long::sum);
            }
        });
        Map<String, InputCount> result = new TreeMap<>();
        counts.forEach((topic, c) ->
                result.put(topic, new InputCount(c[0], c[1], Collections.unmodifiableSortedMap(dead.get(topic)))));
        return result;
    }
}
