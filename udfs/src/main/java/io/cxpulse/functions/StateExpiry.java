package io.cxpulse.functions;

import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;

/**
 * Processing-time time-to-live for keyed state, with the cleanup that fits how many keys the
 * state has. Flink's default incremental cleanup checks five entries of heap state at every
 * access; when the state has few entries, each access scans every key group for them. Both
 * cost more than the operators' own work.
 */
final class StateExpiry {
    private StateExpiry() {}

    /**
     * For state with an entry per customer or event id. In heap state each access checks the
     * next entry in a cycle over the whole state and drops it if expired: at least one entry
     * per access, so with two accesses per new entry the state holds at most about twice its
     * unexpired entries. RocksDB drops expired entries when it compacts.
     */
    static StateTtlConfig.Builder manyKeys(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl).cleanupIncrementally(1, false);
    }

    /**
     * For state with an entry per alert subject, whose number the segments bound. An expired
     * entry is dropped when it is read, left out of full snapshots (so out of the state after
     * a restore) and dropped by RocksDB's compaction; heap state keeps an expired entry that is
     * never read again until the job restores.
     */
    static StateTtlConfig.Builder fewKeys(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .disableCleanupInBackground()
                .cleanupFullSnapshot()
                .cleanupInRocksdbCompactFilter(1000);
    }
}
