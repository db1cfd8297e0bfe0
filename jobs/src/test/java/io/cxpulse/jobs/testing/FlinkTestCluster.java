package io.cxpulse.jobs.testing;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** A shared shape for test MiniClusters: two slots, and a failing job fails the test at once. */
public final class FlinkTestCluster {
    private FlinkTestCluster() {}

    public static MiniClusterExtension extension() {
        return extension(new Configuration());
    }

    /** As {@link #extension()}, with more settings. */
    public static MiniClusterExtension extension(Configuration settings) {
        Configuration conf = new Configuration(settings);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(2)
                .setConfiguration(conf)
                .build());
    }
}
