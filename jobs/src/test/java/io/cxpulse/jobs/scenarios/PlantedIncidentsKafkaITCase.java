package io.cxpulse.jobs.scenarios;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * One generated history end to end on a real Kafka broker, with the default settings: its four
 * topics of two partitions each, every record keyed and placed as a producer keying by customer
 * would, each partition out of order by up to 4 minutes; the production job at parallelism 2;
 * the alerts read back from {@code cx.alerts} as a downstream consumer would
 * ({@code read_committed}). Every incident the history hides opens its alert within its window.
 */
class PlantedIncidentsKafkaITCase {
    static final long SEED = 3;

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void everyPlantedIncidentOpensItsAlertOnTheBroker() throws Exception {
        History history = HistoryGenerator.generate(SEED, false);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "group.id", "it-planted-incidents",
                    "checkpoint.interval", "1s",
                    "starting.offsets", "earliest")));
            kafka.createTopics(config.inputTopics().values(), 2);
            kafka.createTopics(config.outputTopics(), 1);
            List<List<InputLine>> partitions =
                    Arrivals.partitions(history.lines(), 2, Duration.ofMinutes(4), SEED);
            try (KafkaProducer<byte[], byte[]> producer = kafka.producer(5)) {
                for (int p = 0; p < partitions.size(); p++) {
                    for (InputLine line : partitions.get(p)) {
                        producer.send(new ProducerRecord<>(config.inputTopics().get(line.kind()), p,
                                line.key().getBytes(StandardCharsets.UTF_8),
                                line.json().getBytes(StandardCharsets.UTF_8)));
                    }
                }
                producer.flush();
            }

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(CxPulseJob.jobSettings());
            env.setParallelism(2);
            CxPulseJob.build(env, config, true);
            env.execute("cx-pulse planted incidents ITCase");

            List<OpenedAlert> alerts = OpenedAlert.ofJson(
                    OutputReader.values(kafka.bootstrapServers(), config.alerts().topic()));
            Detection d = Detection.judge(List.of(history), alerts);
            System.out.printf("planted incidents on the broker, seed %d, %,d input lines: %s%n%s",
                    SEED, history.lines().size(), history.shape(), d.report());
            List<Executable> checks = new ArrayList<>();
            for (PlantedIncident i : history.incidents()) {
                checks.add(() -> assertTrue(alerts.stream().anyMatch(i::openedBy),
                        () -> "no alert for " + i));
            }
            checks.add(() -> assertEquals(IncidentKind.values().length, history.incidents().size()));
            assertAll(checks);
        }
    }
}
