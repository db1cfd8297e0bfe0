package io.cxpulse.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The job's twelve topics, two partitions each, created as a data engineer does: with
 * {@code cx-pulse topics --create} from the job jar on Flink's class path, as the compose file
 * runs it.
 */
final class ClusterTopics {
    static final int PARTITIONS = 2;

    private ClusterTopics() {}

    static void create(FlinkCluster flink, Path jobJar, String bootstrapServers) throws Exception {
        List<String> jvm = new ArrayList<>(flink.jvmFlags());
        jvm.addAll(List.of("-Xmx256m",
                "-Djava.io.tmpdir=" + flink.dir().resolve("tmp").toAbsolutePath()));
        JavaProcess topics = JavaProcess.start("cx-pulse-topics",
                jobJar.toAbsolutePath() + ":" + flink.lib().toAbsolutePath() + "/*", jvm,
                "io.cxpulse.jobs.cli.CxPulseCli",
                List.of("topics", "--create", "--bootstrap.servers", bootstrapServers,
                        "--partitions", String.valueOf(PARTITIONS)),
                flink.dir(), Map.of());
        int code = topics.await(120);
        if (code != 0) {
            throw new IllegalStateException("cx-pulse topics --create exited " + code + ":\n"
                    + Files.readString(topics.log(), StandardCharsets.UTF_8));
        }
    }
}
