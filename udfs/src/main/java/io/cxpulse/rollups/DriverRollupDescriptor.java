package io.cxpulse.rollups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.drivers.DriverTally;
import io.cxpulse.records.DriverRollup;
import io.cxpulse.serde.DriverRollupJson;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.sentiment.AspectSentiment;
import java.time.Duration;
import java.util.List;

/**
 * {@code cx.rollups.drivers}: the key-driver table of one source kind (survey responses or
 * reviews, never mixed) per {@code drivers.window} and segment.
 */
public abstract class DriverRollupDescriptor<I, T extends DriverTally>
        implements RollupDescriptor<I, T, DriverRollup> {
    static final AspectSentiment[] NO_ASPECTS = new AspectSentiment[0];

    private final String topic;
    private final Duration window;
    private final List<String> dimensions;
    private final long minNegative;

    /** @param minNegative negative mentions an aspect needs not to be flagged low-sample */
    protected DriverRollupDescriptor(String topic, Duration window, List<String> dimensions,
            long minNegative) {
        this.topic = topic;
        this.window = window;
        this.dimensions = List.copyOf(dimensions);
        this.minNegative = minNegative;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public List<Duration> windows() {
        return List.of(window);
    }

    @Override
    public List<String> dimensions() {
        return dimensions;
    }

    @Override
    public Class<DriverRollup> rollupType() {
        return DriverRollup.class;
    }

    @Override
    public DriverRollup rollup(T tally, String dimension, String value, String window,
            long start, long end, int revision) {
        return tally.rollup(dimension, value, window, start, end, minNegative, revision);
    }

    @Override
    public String key(DriverRollup rollup) {
        return rollup.key();
    }

    @Override
    public ObjectNode json(OutputJson json, DriverRollup rollup) {
        return DriverRollupJson.driverRollup(json, rollup);
    }
}
