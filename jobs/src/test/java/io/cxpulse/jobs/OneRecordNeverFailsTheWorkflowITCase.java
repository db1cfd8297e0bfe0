package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.functions.CustomerSettings;
import io.cxpulse.functions.ProcessCustomers;
import io.cxpulse.jobs.testing.EveryEventWatermarks;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.SchemaAssertions;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.retention.CustomerLifecycle;
import io.cxpulse.retention.CustomerState;
import io.cxpulse.retention.RetentionSettings;
import io.cxpulse.serde.EventParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole workflow on a MiniCluster that fails the test at the first task failure, with a
 * customer lifecycle that throws for one interaction (after it has cancelled the customer):
 * the job finishes, the interaction is a processing_error dead letter of customers that
 * matches the schema, and the scored records, NPS rollups and other signals are all there.
 */
class OneRecordNeverFailsTheWorkflowITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    /** Tracks customers, except that the interaction {@code ix-boom} cancels and then throws. */
    static final class ThrowsOnBoom extends ProcessCustomers {
        ThrowsOnBoom(CustomerSettings settings) {
            super(settings);
        }

        @Override
        protected CustomerLifecycle lifecycle(RetentionSettings settings) {
            return new CustomerLifecycle(settings) {
                @Override
                public void apply(CustomerState s, CustomerInput in, Output out) {
                    if ("ix-boom".equals(in.eventId())) {
                        super.apply(s, new CustomerInput(in.kind(), in.timestamp(), in.eventId(),
                                in.customerId(), "cancellation", 0, null, null, -1, null, null, 0,
                                false, null, 0, false), out);
                        throw new IllegalStateException("lifecycle broke");
                    }
                    super.apply(s, in, out);
                }
            };
        }
    }

    @Test
    void anInputTheCustomerLifecycleThrowsOnIsDeadLetteredAndTheJobFinishesWithTheRest()
            throws Exception {
        EventParser parser = new EventParser();
        List<Envelope> input = List.of(
                interaction(parser, 0, "ix-1", "10:00", "C1", "signup"),
                feedback(parser, 0, "fb-1", "10:10", "C1", 9),
                interaction(parser, 1, "ix-boom", "10:30", "C1", "usage"),
                interaction(parser, 2, "ix-2", "10:35", "C2", "signup"),
                feedback(parser, 1, "fb-2", "10:40", "C2", 3),
                interaction(parser, 3, "ix-3", "11:20", "C1", "purchase"));
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "windows", "1h", "dimensions", "overall")));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(1);
        DataStream<Envelope> events = env
                .fromData(input, TypeInformation.of(Envelope.class))
                .assignTimestampsAndWatermarks(EveryEventWatermarks.of(config.fastOutOfOrderness(),
                        (e, ts) -> e.eventTime()));
        List<OutputRecord> out = new ArrayList<>();
        try (CloseableIterator<OutputRecord> it = CxPulseWorkflow.defineWithAlerts(
                Map.of("", events), config, ThrowsOnBoom::new).records().executeAndCollect()) {
            it.forEachRemaining(out::add);
        }

        List<JsonNode> dead = values(out, config.deadLetterTopic());
        assertEquals(1, dead.size(), dead.toString());
        JsonNode d = dead.get(0);
        SchemaAssertions.assertValid(config.deadLetterTopic(), d);
        assertEquals("processing_error", d.get("error_type").asText());
        assertEquals("customers", d.get("source").asText());
        assertEquals("interactions", d.get("input").asText());
        assertEquals("2026-03-01T10:30:00Z", d.get("event_time").asText());
        assertTrue(d.get("reason").asText().startsWith("customers: applying the interaction"
                + " input (key C1) failed: java.lang.IllegalStateException: lifecycle broke"),
                d.get("reason").asText());
        assertTrue(d.get("payload").asText().contains("\"eventId\":\"ix-boom\""));
        assertTrue(out.stream().anyMatch(r -> r.topic().equals(config.deadLetterTopic())
                && r.key().equals("customers")), "keyed by the operator");

        assertEquals(2, values(out, config.scoredTopic()).size());
        List<JsonNode> tenOClock = values(out, config.npsRollupsTopic()).stream()
                .filter(r -> r.get("window_start").asText().equals("2026-03-01T10:00:00Z"))
                .toList();
        assertEquals(1, tenOClock.size());
        assertEquals(2, tenOClock.get(0).get("responses").asLong());
        List<JsonNode> signals = values(out, config.retention().signalsTopic());
        List<String> news = signals.stream()
                .filter(s -> s.get("signal").asText().equals("new"))
                .map(s -> s.get("customer_id").asText())
                .sorted()
                .toList();
        assertEquals(List.of("C1", "C2"), news);
        assertFalse(signals.stream().anyMatch(s -> s.toString().contains("cancel")),
                "the cancellation the lifecycle made before it threw is not kept: " + signals);
    }

    private static List<JsonNode> values(List<OutputRecord> out, String topic) {
        return out.stream().filter(r -> r.topic().equals(topic))
                .map(r -> OutputReader.parse(r.value())).toList();
    }

    private static Envelope interaction(EventParser parser, long offset, String id, String time,
            String customer, String type) {
        String json = "{\"event_id\":\"" + id + "\",\"timestamp\":\"2026-03-01T" + time
                + ":00Z\",\"customer_id\":\"" + customer + "\",\"type\":\"" + type + "\"}";
        return parser.parse(InputKind.INTERACTIONS,
                SourcePosition.kafka("cx.interactions", 0, offset, 0),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static Envelope feedback(EventParser parser, long offset, String id, String time,
            String customer, int nps) {
        String json = "{\"event_id\":\"" + id + "\",\"timestamp\":\"2026-03-01T" + time
                + ":00Z\",\"customer_id\":\"" + customer + "\",\"nps\":" + nps + "}";
        return parser.parse(InputKind.FEEDBACK, SourcePosition.kafka("cx.feedback", 0, offset, 0),
                json.getBytes(StandardCharsets.UTF_8));
    }
}
