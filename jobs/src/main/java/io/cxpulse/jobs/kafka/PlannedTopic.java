package io.cxpulse.jobs.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One topic as cx-pulse wants it: its name (after the {@code topic.*} settings), how many
 * partitions, and whether it is compacted (keyed by window or subject: the latest record per key
 * is what counts) or deleted after {@code retention}.
 *
 * @param retention how long records are kept; {@code null} for a compacted topic, which keeps
 *     the latest record of every key
 */
public record PlannedTopic(String name, int partitions, boolean compacted, Duration retention) {

    public String cleanupPolicy() {
        return compacted ? "compact" : "delete";
    }

    /** The topic configs the plan sets: {@code cleanup.policy}, and {@code retention.ms} if any. */
    public Map<String, String> configs() {
        return retention == null
                ? Map.of("cleanup.policy", cleanupPolicy())
                : Map.of("cleanup.policy", cleanupPolicy(),
                        "retention.ms", String.valueOf(retention.toMillis()));
    }

    /** @param replicationFactor empty for the broker's {@code default.replication.factor} */
    public NewTopic newTopic(Optional<Short> replicationFactor) {
        return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs());
    }

    PlannedTopic withPartitions(int count) {
        return new PlannedTopic(name, count, compacted, retention);
    }
}
