package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.demo.Rollups;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A producer's retry on a real Kafka broker: the same survey answer sent twice is scored and
 * counted once, and the repeat is in the dead-letter topic with reason {@code duplicate}.
 */
class DuplicatesITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    static byte[] answer(String id, int nps, int minute) {
        return ("{\"event_id\":\"" + id + "\",\"timestamp\":\"" + DAY.plusSeconds(3600 + minute * 60L)
                + "\",\"customer_id\":\"C1\",\"nps\":" + nps + ",\"channel\":\"web\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameEventIdSentTwiceIsCountedOnceAndTheRepeatIsDeadLettered() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "group.id", "it-duplicates",
                    "checkpoint.interval", "1s",
                    "starting.offsets", "earliest")));
            kafka.createTopics(config.inputTopics().values(), 1);
            kafka.createTopics(config.outputTopics(), 1);
            byte[] retried = answer("fb-3", 2, 3);
            List<byte[]> lines = new ArrayList<>(List.of(
                    answer("fb-1", 10, 1), answer("fb-2", 9, 2), retried, answer("fb-4", 5, 4),
                    answer("fb-5", 8, 5), retried));
            InputProducer.send(kafka, config.inputTopics().get(InputKind.FEEDBACK), lines);

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(CxPulseJob.jobSettings());
            env.setParallelism(2);
            CxPulseJob.build(env, config, true);
            JobExecutionResult result = env.execute("cx-pulse duplicates ITCase");

            // by hand: 10, 9 promoters; 8 passive; 2, 5 detractors; 5 answers, NPS 0
            JsonNode daily = Rollups.latestByKey(
                    OutputReader.values(kafka.bootstrapServers(), config.npsRollupsTopic()))
                    .get("1d|overall|all|2026-03-02T00:00:00Z");
            assertEquals(5, daily.get("responses").asLong(), daily.toString());
            assertEquals(2, daily.get("promoters").asLong());
            assertEquals(2, daily.get("detractors").asLong());
            assertEquals(0.0, daily.get("nps").asDouble(), 1e-9);
            assertEquals(5, OutputReader.values(kafka.bootstrapServers(), config.scoredTopic()).size());

            List<JsonNode> dead = OutputReader.values(kafka.bootstrapServers(), config.deadLetterTopic());
            assertEquals(1, dead.size(), dead.toString());
            assertEquals("duplicate", dead.get(0).get("error_type").asText());
            assertEquals(new String(retried, StandardCharsets.UTF_8), dead.get(0).get("payload").asText());
            assertEquals(5, dead.get(0).get("offset").asLong(), "the second one is the repeat");

            InputCount feedback = InputCount.fromAccumulators(result.getAllAccumulatorResults(),
                    s -> s).get("cx.feedback");
            assertEquals(new InputCount(6, 5, Map.of("duplicate", 1L)), feedback);
            assertTrue(feedback.balanced());
        }
    }
}
