package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running job on Kafka with the default out-of-orderness: alert rules judge an event once
 * the input is {@code out.of.orderness.fast} (1 s) past it, while windows still wait the full
 * {@code out.of.orderness} (5 minutes) and count a response that came 4 minutes out of order.
 */
class WatermarkSpeedsITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void alertsFollowTheFastWatermarkWhileWindowsWaitForStragglers() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(), "group.id", "it-speeds",
                    "transactional.id.prefix", "it-speeds", "starting.offsets", "earliest",
                    "checkpoint.interval", "1s", "idleness", "1s", "windows", "1h",
                    "min.sample", "1")));
            kafka.createTopics(config.inputTopics().values(), 1);
            kafka.createTopics(config.outputTopics(), 1);
            String feedback = config.inputTopics().get(InputKind.FEEDBACK);
            send(kafka, config.inputTopics().get(InputKind.REVIEWS), "{\"event_id\":\"rv-law\","
                    + "\"timestamp\":\"2026-03-10T10:59:00Z\",\"rating\":1,\"text\":\"No refund"
                    + " after a month, I am calling my lawyer\",\"source\":\"google\","
                    + "\"customer_id\":\"C-law\"}");
            send(kafka, feedback, response("r1", "10:50:00", 9), response("r2", "11:02:00", 10),
                    response("r3", "10:58:00", 0));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(CxPulseJob.jobSettings());
            env.setParallelism(1);
            CxPulseJob.build(env, config, false);
            JobClient job = env.executeAsync("watermark speeds");
            try {
                JsonNode alert = await(kafka, config.alerts().topic(),
                        a -> a.path("rule").asText().equals("escalation"));
                assertEquals("C-law", alert.path("subject").path("id").asText());
                // 11:02 is 3 minutes past the review: only the fast watermark (11:01:59) has
                // passed it; the windows' one (10:56:59) has not reached the end of 10:00-11:00
                await(kafka, config.scoredTopic(), s -> s.path("event_id").asText().equals("r3"));
                assertTrue(OutputReader.values(kafka.bootstrapServers(), config.npsRollupsTopic())
                        .isEmpty(), "no window may close before out.of.orderness has passed");

                send(kafka, feedback, response("r4", "11:06:00", 10));
                JsonNode rollup = await(kafka, config.npsRollupsTopic(), r ->
                        r.path("dimension").asText().equals("overall")
                                && r.path("window_start").asText().startsWith("2026-03-10T10:00"));
                assertEquals(2, rollup.path("responses").asInt(),
                        "r3 came 4 minutes out of order and still counts: " + rollup);
                assertEquals(1, rollup.path("revision").asInt());
                assertFalse(OutputReader.values(kafka.bootstrapServers(), config.deadLetterTopic())
                        .stream().anyMatch(d -> d.toString().contains("r3")));
            } finally {
                job.cancel().get();
            }
        }
    }

    private static String response(String id, String time, int nps) {
        return "{\"event_id\":\"" + id + "\",\"timestamp\":\"2026-03-10T" + time + "Z\","
                + "\"customer_id\":\"C-" + id + "\",\"nps\":" + nps + ",\"comment\":\"ok\","
                + "\"channel\":\"phone\",\"region\":\"north\",\"source_system\":\"survey-tool\"}";
    }

    private static void send(EmbeddedKafka kafka, String topic, String... lines) throws Exception {
        InputProducer.send(kafka, topic, java.util.Arrays.stream(lines)
                .map(l -> l.getBytes(StandardCharsets.UTF_8)).toList());
    }

    /** The first committed record of the topic that matches, waiting up to a minute. */
    private static JsonNode await(EmbeddedKafka kafka, String topic, Predicate<JsonNode> wanted)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<JsonNode> found = OutputReader.values(kafka.bootstrapServers(), topic).stream()
                    .filter(wanted).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing wanted on " + topic + " within a minute");
    }
}
