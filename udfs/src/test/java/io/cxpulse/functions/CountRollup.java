package io.cxpulse.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.rollups.RollupDescriptor;
import io.cxpulse.serde.OutputJson;
import java.time.Duration;
import java.util.List;

/**
 * A rollup for operator tests: sums {@code n} of events per {@code overall} and {@code group}.
 * An event with a negative {@code n} cannot be counted; the segment {@code group|hidden} gives no
 * rollup and {@code group|broken} one that cannot be made. Rollups read
 * {@code <window>|<dimension>|<value>|<start>|n=<n>|records=<records>#<revision>}.
 */
public record CountRollup(List<Duration> windows)
        implements RollupDescriptor<CountRollup.Event, CountRollup.Count, String> {

    /** One event of {@code group} at {@code time}. */
    public record Event(long time, String group, long n) {}

    /** The tally: a public-field POJO. */
    public static class Count {
        public long n;
        public long records;
    }

    @Override
    public String uid() {
        return "count-rollup";
    }

    @Override
    public String name() {
        return "Count rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-count-rollups";
    }

    @Override
    public String topic() {
        return "counts";
    }

    @Override
    public List<String> dimensions() {
        return List.of("overall", "group");
    }

    @Override
    public String rawValue(Event record, String dimension) {
        return "group".equals(dimension) ? record.group() : null;
    }

    @Override
    public long time(Event record) {
        return record.time();
    }

    @Override
    public Class<Count> tallyType() {
        return Count.class;
    }

    @Override
    public Class<String> rollupType() {
        return String.class;
    }

    @Override
    public Count empty() {
        return new Count();
    }

    @Override
    public Count tallyOf(Event record) {
        if (record.n() < 0) {
            throw new IllegalArgumentException("negative: " + record);
        }
        Count one = new Count();
        one.n = record.n();
        one.records = 1;
        return one;
    }

    @Override
    public void merge(Count into, Count other) {
        into.n += other.n;
        into.records += other.records;
    }

    @Override
    public String rollup(Count tally, String dimension, String value, String window, long start,
            long end, int revision) {
        if ("hidden".equals(value)) {
            return null;
        }
        if ("broken".equals(value)) {
            throw new IllegalStateException("cannot make it");
        }
        return window + "|" + dimension + "|" + value + "|" + start + "|n=" + tally.n
                + "|records=" + tally.records + "#" + revision;
    }

    @Override
    public String key(String rollup) {
        return rollup.substring(0, rollup.indexOf("|n="));
    }

    @Override
    public ObjectNode json(OutputJson json, String rollup) {
        return json.createObject().put("rollup", rollup);
    }
}
