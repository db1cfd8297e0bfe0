package io.cxpulse.rollups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.RetentionFact;
import io.cxpulse.records.RetentionRollup;
import io.cxpulse.retention.RetentionTally;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.RetentionRollupJson;
import java.time.Duration;
import java.util.List;

/**
 * {@code cx.rollups.retention}: customers' retention facts per {@code retention.window} and
 * segment. A fact counts in the window of its own time ({@link RetentionFact#time()}), not of the
 * record's timestamp: a fact emitted while catching up on several deadlines at once still lands
 * in its window. Over a bounded input, a window that ends after the input's horizon (its newest
 * event time) gives no rollup: who of its previously active customers comes back in it is not
 * known yet, and a rate over part of the window would read as customers lost.
 *
 * @param horizon the newest event time of a bounded input; {@link Long#MAX_VALUE} for none
 */
public record RetentionRollupDescriptor(String topic, Duration window, List<String> dimensions,
        long horizon) implements RollupDescriptor<RetentionFact, RetentionTally, RetentionRollup> {

    @Override
    public String uid() {
        return "retention-rollup";
    }

    @Override
    public String name() {
        return "Retention rollup";
    }

    @Override
    public String encoderUid() {
        return "encode-retention-rollups";
    }

    @Override
    public List<Duration> windows() {
        return List.of(window);
    }

    @Override
    public String rawValue(RetentionFact record, String dimension) {
        return record.dimension(dimension);
    }

    @Override
    public long time(RetentionFact record) {
        return record.time();
    }

    @Override
    public Class<RetentionTally> tallyType() {
        return RetentionTally.class;
    }

    @Override
    public Class<RetentionRollup> rollupType() {
        return RetentionRollup.class;
    }

    @Override
    public RetentionTally empty() {
        return new RetentionTally();
    }

    @Override
    public RetentionTally tallyOf(RetentionFact record) {
        RetentionTally one = new RetentionTally();
        one.add(record);
        return one;
    }

    @Override
    public void merge(RetentionTally into, RetentionTally other) {
        into.merge(other);
    }

    @Override
    public RetentionRollup rollup(RetentionTally tally, String dimension, String value,
            String window, long start, long end, int revision) {
        return end - 1 > horizon ? null
                : tally.rollup(dimension, value, window, start, end, revision);
    }

    @Override
    public String key(RetentionRollup rollup) {
        return rollup.key();
    }

    @Override
    public ObjectNode json(OutputJson json, RetentionRollup rollup) {
        return RetentionRollupJson.retentionRollup(json, rollup);
    }
}
