package io.cxpulse.jobs.kafka;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.InputKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The twelve topics cx-pulse reads and writes, with their partitions, cleanup policy and
 * retention: what {@code bin/cx-pulse topics --create} creates and {@code --check} verifies, what
 * the demo creates, and what docs/deploy.md shows. Names follow the job's {@code topic.*}
 * settings. Topics keyed by window or subject (accounts by customer, rollups by window and
 * segment) are compacted; the others are streams of events, kept for their retention.
 */
public record TopicPlan(List<PlannedTopic> topics) {
    /** Events in: a week to replay after an outage or a bad deploy. */
    static final Duration INPUT_RETENTION = Duration.ofDays(7);
    /** Scored records and customer signals: a week for consumers to catch up. */
    static final Duration OUTPUT_RETENTION = Duration.ofDays(7);
    /** Alerts and dead letters: a month to investigate and replay. */
    static final Duration INVESTIGATION_RETENTION = Duration.ofDays(30);

    public TopicPlan {
        topics = List.copyOf(topics);
    }

    public static TopicPlan of(JobConfig config) {
        List<PlannedTopic> topics = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            String name = config.inputTopics().get(kind);
            topics.add(switch (kind) {
                case INTERACTIONS -> new PlannedTopic(name, 12, false, INPUT_RETENTION);
                case ACCOUNTS -> new PlannedTopic(name, 6, true, null);
                default -> new PlannedTopic(name, 6, false, INPUT_RETENTION);
            });
        }
        topics.add(new PlannedTopic(config.scoredTopic(), 6, false, OUTPUT_RETENTION));
        topics.add(new PlannedTopic(config.npsRollupsTopic(), 3, true, null));
        topics.add(new PlannedTopic(config.reviewRollupsTopic(), 3, true, null));
        topics.add(new PlannedTopic(config.driverRollupsTopic(), 3, true, null));
        topics.add(new PlannedTopic(config.retention().signalsTopic(), 6, false, OUTPUT_RETENTION));
        topics.add(new PlannedTopic(config.retention().rollupsTopic(), 3, true, null));
        topics.add(new PlannedTopic(config.alerts().topic(), 3, false, INVESTIGATION_RETENTION));
        topics.add(new PlannedTopic(config.deadLetterTopic(), 3, false, INVESTIGATION_RETENTION));
        return new TopicPlan(topics);
    }

    /** The same topics, each with {@code count} partitions (a small or local cluster). */
    public TopicPlan withPartitions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions: must be at least 1, got " + count);
        }
        return new TopicPlan(topics.stream().map(t -> t.withPartitions(count)).toList());
    }

    public List<String> names() {
        return topics.stream().map(PlannedTopic::name).toList();
    }
}
