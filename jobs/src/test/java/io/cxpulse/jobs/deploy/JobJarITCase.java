package io.cxpulse.jobs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.Scenario;
import io.cxpulse.records.InputKind;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job jar as {@code flink run} submits it: the packaged program is read from the shaded jar,
 * its main class builds the job graph from command-line settings, and the cluster runs it from
 * the jar against a real broker.
 */
class JobJarITCase {

    /**
     * Kafka's client is on this test's class path as well as in the jar; a cluster has it only in
     * the jar. Loading it from one place keeps the connector and the job on the same classes.
     */
    private static final String KAFKA_PARENT_FIRST = "org.apache.kafka.";

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension(clientLoading());

    private static Configuration clientLoading() {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.ALWAYS_PARENT_FIRST_LOADER_PATTERNS_ADDITIONAL, List.of(KAFKA_PARENT_FIRST));
        return conf;
    }

    @Test
    void shadedJarRunsOnAClusterFromCommandLineSettings(
            @InjectClusterClient ClusterClient<?> cluster) throws Exception {
        Scenario scenario = new Scenario();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String[] args = {
                "--bootstrap.servers", kafka.bootstrapServers(),
                "--group.id", "jar-it",
                "--transactional.id.prefix", "jar-it",
                "--checkpoint.interval", "1s",
                "--starting.offsets", "earliest"
            };
            JobConfig config = JobConfig.from(ParameterTool.fromArgs(args));
            kafka.createTopics(config.inputTopics().values(), 1);
            kafka.createTopics(config.outputTopics(), 1);
            InputProducer.send(kafka, config.inputTopics().get(InputKind.FEEDBACK),
                    scenario.lines.get(InputKind.FEEDBACK));

            PackagedProgram program = PackagedProgram.newBuilder()
                    .setJarFile(jobJar())
                    .setArguments(args)
                    .setConfiguration(clientLoading())
                    .build();
            assertEquals("io.cxpulse.jobs.CxPulseJob", program.getMainClassName());
            JobGraph graph = PackagedProgramUtils.createJobGraph(program, clientLoading(), 2, false);
            assertTrue(graph.getUserJars().stream().anyMatch(p -> p.getName().endsWith("-flink-job.jar")));
            JobID job = cluster.submitJob(graph).get();
            try {
                List<JsonNode> scored = awaitRecords(kafka, config.scoredTopic(),
                        scenario.validFeedback(), Duration.ofSeconds(60));
                assertEquals(scenario.validFeedback(), scored.size());
            } finally {
                cluster.cancel(job).get();
            }
        }
    }

    private static List<JsonNode> awaitRecords(
            EmbeddedKafka kafka, String topic, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> records = List.of();
        while (System.nanoTime() < deadline) {
            records = OutputReader.values(kafka.bootstrapServers(), topic);
            if (records.size() >= expected) {
                return records;
            }
            Thread.sleep(500);
        }
        return records;
    }

    /** The shaded jar built by the package phase, which runs before integration tests. */
    private static File jobJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-flink-job.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-flink-job.jar in target/"))
                    .toFile();
        }
    }
}
