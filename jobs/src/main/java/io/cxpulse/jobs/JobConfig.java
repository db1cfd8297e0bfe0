package io.cxpulse.jobs;

import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.records.InputKind;
import io.cxpulse.retention.RetentionSettings;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.util.ParameterTool;
import org.apache.flink.util.TimeUtils;

/**
 * Everything the job is configured with, parsed once. Keys and defaults are documented in
 * {@code docs/configuration.md}; Kafka client properties are passed through with the prefix
 * {@code kafka.} and never printed.
 */
public record JobConfig(
        String bootstrapServers,
        String groupId,
        Map<InputKind, String> inputTopics,
        String scoredTopic,
        String npsRollupsTopic,
        String reviewRollupsTopic,
        String driverRollupsTopic,
        String deadLetterTopic,
        List<Duration> windows,
        List<String> dimensions,
        List<String> reviewDimensions,
        Duration driversWindow,
        long driversMinResponses,
        int topN,
        Duration accountsTtl,
        Duration dedupHorizon,
        RetentionSettings retention,
        AlertSettings alerts,
        Duration allowedLateness,
        Duration outOfOrderness,
        Duration fastOutOfOrderness,
        Duration idleness,
        Duration watermarkMaxDrift,
        Duration checkpointInterval,
        String checkpointDir,
        int maxParallelism,
        long minSample,
        String startingOffsets,
        boolean exactlyOnce,
        String transactionalIdPrefix,
        String sentimentLexicon,
        Properties kafkaProperties,
        String backfillLateness,
        Long inputHorizon,
        Duration startupTimeout) {

    public static final String KAFKA_PREFIX = "kafka.";

    /** {@code backfill.lateness}: a backfill counts every valid event, whatever its place. */
    public static final String LATENESS_IGNORE = "ignore";
    /** {@code backfill.lateness}: a backfill drops late events as a streaming run reading in file order would. */
    public static final String LATENESS_STREAMING = "streaming";

    public static JobConfig defaults() {
        return from(ParameterTool.fromMap(Map.of()));
    }

    /** Every key the job reads, besides those starting with {@code kafka.}. */
    public static final List<String> KEYS = keys(
            "config", "bootstrap.servers", "group.id", "topic.feedback", "topic.reviews",
            "topic.interactions", "topic.accounts", "topic.scored", "topic.rollups.nps",
            "topic.rollups.reviews", "topic.rollups.drivers", "topic.deadletter", "windows",
            "dimensions", "review.dimensions", "drivers.window", "drivers.min.responses", "top.n",
            "accounts.ttl", "dedup.horizon", "allowed.lateness", "out.of.orderness",
            "out.of.orderness.fast", "idleness", "watermark.max.drift",
            "checkpoint.interval", "checkpoint.dir", "max.parallelism", "min.sample", "starting.offsets", "sink.delivery",
            "transactional.id.prefix", "sentiment.lexicon", "backfill.lateness", "startup.timeout");

    /** The job's own keys followed by the retention and alert settings' keys. */
    private static List<String> keys(String... own) {
        List<String> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(RetentionSettings.DEFAULTS.keySet());
        all.addAll(AlertSettings.keys());
        return List.copyOf(all);
    }

    public static JobConfig from(ParameterTool params) {
        for (String key : params.toMap().keySet()) {
            if (!key.startsWith(KAFKA_PREFIX) && !KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown setting \"" + key + "\"; known: "
                        + String.join(", ", KEYS) + ", and kafka.* client properties");
            }
        }
        DeclaredSettings p = new DeclaredSettings(params, KEYS);
        Map<InputKind, String> inputs = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            inputs.put(kind, p.get("topic." + kind.key(), "cx." + kind.key()));
        }
        String offsets = p.get("starting.offsets", "committed");
        if (!List.of("committed", "earliest", "latest").contains(offsets)) {
            throw new IllegalArgumentException(
                    "starting.offsets must be committed, earliest or latest, got " + offsets);
        }
        String delivery = p.get("sink.delivery", "exactly-once");
        if (!List.of("exactly-once", "at-least-once").contains(delivery)) {
            throw new IllegalArgumentException(
                    "sink.delivery must be exactly-once or at-least-once, got " + delivery);
        }
        Duration outOfOrderness = duration(p, "out.of.orderness", "5m");
        String backfillLateness = p.get("backfill.lateness", LATENESS_IGNORE);
        if (!List.of(LATENESS_IGNORE, LATENESS_STREAMING).contains(backfillLateness)) {
            throw new IllegalArgumentException(
                    "backfill.lateness must be ignore or streaming, got " + backfillLateness);
        }
        return new JobConfig(
                p.get("bootstrap.servers", "localhost:9092"),
                p.get("group.id", "cx-pulse"),
                Map.copyOf(inputs),
                p.get("topic.scored", "cx.scored"),
                p.get("topic.rollups.nps", "cx.rollups.nps"),
                p.get("topic.rollups.reviews", "cx.rollups.reviews"),
                p.get("topic.rollups.drivers", "cx.rollups.drivers"),
                p.get("topic.deadletter", "cx.deadletter"),
                WindowSizes.parseList(p.get("windows", "1h,1d")),
                names("dimensions", p.get("dimensions", "overall,channel,product,region"),
                        FEEDBACK_DIMENSIONS),
                names("review.dimensions", p.get("review.dimensions", "overall,source,product,region"),
                        REVIEW_DIMENSIONS),
                WindowSizes.parseList(p.get("drivers.window", "1d")).get(0),
                positive(p, "drivers.min.responses", 20),
                (int) positive(p, "top.n", 5),
                duration(p, "accounts.ttl", "400d"),
                dedupHorizon(p),
                RetentionSettings.from(p.toMap()),
                AlertSettings.parse(p.toMap()),
                duration(p, "allowed.lateness", "1h"),
                outOfOrderness,
                fastOutOfOrderness(p, outOfOrderness),
                duration(p, "idleness", "30s"),
                watermarkMaxDrift(p),
                duration(p, "checkpoint.interval", "10s"),
                p.get("checkpoint.dir", null),
                maxParallelism(p),
                p.getLong("min.sample", 30),
                offsets,
                delivery.equals("exactly-once"),
                p.get("transactional.id.prefix", "cx-pulse"),
                p.get("sentiment.lexicon", null),
                kafkaProperties(p),
                backfillLateness,
                null,
                nonNegative(duration(p, "startup.timeout", "60s"), "startup.timeout"));
    }

    /** The output topics in a fixed order. */
    public List<String> outputTopics() {
        return List.of(scoredTopic, npsRollupsTopic, reviewRollupsTopic, driverRollupsTopic,
                retention.signalsTopic(), retention.rollupsTopic(), alerts.topic(),
                deadLetterTopic);
    }

    public JobConfig withBootstrapServers(String servers) {
        return new JobConfig(servers, groupId, inputTopics, scoredTopic, npsRollupsTopic,
                reviewRollupsTopic, driverRollupsTopic, deadLetterTopic, windows, dimensions,
                reviewDimensions, driversWindow, driversMinResponses, topN, accountsTtl, dedupHorizon,
                retention, alerts,
                allowedLateness,
                outOfOrderness, fastOutOfOrderness, idleness, watermarkMaxDrift,
                checkpointInterval, checkpointDir, maxParallelism, minSample, startingOffsets,
                exactlyOnce,
                transactionalIdPrefix, sentimentLexicon, kafkaProperties, backfillLateness,
                inputHorizon, startupTimeout);
    }

    /**
     * The same settings for a backfill over an input whose newest valid event is at
     * {@code horizon} (epoch ms; {@link Long#MIN_VALUE} for an input without one): nothing is
     * known about customers and subjects after it, so no deadline after it is applied.
     */
    public JobConfig withInputHorizon(long horizon) {
        return new JobConfig(bootstrapServers, groupId, inputTopics, scoredTopic, npsRollupsTopic,
                reviewRollupsTopic, driverRollupsTopic, deadLetterTopic, windows, dimensions,
                reviewDimensions, driversWindow, driversMinResponses, topN, accountsTtl, dedupHorizon,
                retention, alerts, allowedLateness,
                outOfOrderness, fastOutOfOrderness, idleness, watermarkMaxDrift,
                checkpointInterval, checkpointDir, maxParallelism, minSample, startingOffsets,
                exactlyOnce,
                transactionalIdPrefix, sentimentLexicon, kafkaProperties, backfillLateness,
                horizon, startupTimeout);
    }

    /**
     * Whether events too late for their windows are dead-lettered as {@code late}: always in
     * streaming runs; in a backfill (an input horizon is set) only with
     * {@code backfill.lateness=streaming}, since a batch run sorts every key's events by time and
     * every window sees all of its events, whatever their place in the files.
     */
    public boolean dropsLateEvents() {
        return inputHorizon == null || LATENESS_STREAMING.equals(backfillLateness);
    }

    /** The input horizon as a number: {@link Long#MAX_VALUE} (none) in streaming runs. */
    public long horizonOrNone() {
        return inputHorizon == null ? Long.MAX_VALUE : inputHorizon;
    }

    /**
     * How much longer the windows wait for out-of-order events than the per-customer operators
     * and the alert rules: the delay of the watermark in front of every window.
     */
    public Duration windowWatermarkDelay() {
        return outOfOrderness.minus(fastOutOfOrderness);
    }

    /** {@code out.of.orderness.fast}, at most {@code out.of.orderness}. */
    private static Duration fastOutOfOrderness(DeclaredSettings p, Duration slow) {
        Duration fast = duration(p, "out.of.orderness.fast", "1s");
        if (fast.isNegative() || slow.isNegative()) {
            throw new IllegalArgumentException("out.of.orderness and out.of.orderness.fast must not be negative");
        }
        return fast.compareTo(slow) > 0 ? slow : fast;
    }

    /**
     * {@code watermark.max.drift}: how far one input partition may read ahead of the slowest;
     * zero, the default, turns watermark alignment off.
     */
    private static Duration watermarkMaxDrift(DeclaredSettings p) {
        Duration drift = duration(p, "watermark.max.drift", "0");
        if (drift.isNegative()) {
            throw new IllegalArgumentException("watermark.max.drift must not be negative, got " + drift);
        }
        return drift;
    }

    /**
     * {@code max.parallelism}: the number of key groups keyed state is split into, the most
     * parallelism a keyed operator can ever have. Fixed for the life of the state: a savepoint
     * restores only into the same value.
     */
    private static int maxParallelism(DeclaredSettings p) {
        long value = positive(p, "max.parallelism", 128);
        if (value > 32768) {
            throw new IllegalArgumentException("max.parallelism: at most 32768, got " + value);
        }
        return (int) value;
    }

    /** {@code dedup.horizon}: how long an event id is remembered; zero turns deduplication off. */
    private static Duration dedupHorizon(DeclaredSettings p) {
        Duration horizon = duration(p, "dedup.horizon", "24h");
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("dedup.horizon must not be negative, got " + horizon);
        }
        return horizon;
    }

    private static Duration nonNegative(Duration value, String key) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, got " + value);
        }
        return value;
    }

    private static Duration duration(DeclaredSettings p, String key, String fallback) {
        try {
            return TimeUtils.parseDuration(p.get(key, fallback));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    /** Dimensions of survey responses: their own fields, and the tier of their account. */
    public static final List<String> FEEDBACK_DIMENSIONS = List.of("overall", "channel",
            "product", "region", "store", "agent", "language", "tier");
    /** Dimensions of reviews. */
    public static final List<String> REVIEW_DIMENSIONS = List.of("overall", "source", "product",
            "region", "store", "language");

    private static List<String> names(String key, String text, List<String> known) {
        List<String> names = List.of(text.trim().split("\\s*,\\s*"));
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        key + ": unknown dimension \"" + name + "\"; known: " + known);
            }
        }
        return names;
    }

    private static long positive(DeclaredSettings p, String key, long fallback) {
        long value;
        try {
            value = p.getLong(key, fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + p.get(key), e);
        }
        if (value < 1) {
            throw new IllegalArgumentException(key + ": must be at least 1, got " + value);
        }
        return value;
    }

    private static Properties kafkaProperties(DeclaredSettings p) {
        Properties props = new Properties();
        p.toMap().forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                props.setProperty(key.substring(KAFKA_PREFIX.length()), value);
            }
        });
        return props;
    }

    /** Never prints Kafka client properties: they may hold credentials. */
    @Override
    public String toString() {
        return "JobConfig[bootstrapServers=" + bootstrapServers + ", groupId=" + groupId
                + ", inputTopics=" + inputTopics + ", windows=" + windows
                + ", dimensions=" + dimensions + ", allowedLateness=" + allowedLateness
                + ", kafkaProperties=" + kafkaProperties.stringPropertyNames() + " (values hidden)]";
    }
}
