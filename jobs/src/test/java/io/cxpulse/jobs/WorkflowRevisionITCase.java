package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.testing.EveryEventWatermarks;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.SourcePosition;
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
 * Late data on the workflow itself, with a watermark after every event: an event within the
 * allowed lateness counts in the window's last revision, and an event later than that becomes a
 * dead letter. The exact order of revisions is tested on the window operator alone.
 */
class WorkflowRevisionITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    @Test
    void lateEventWithinAllowedLatenessRevisesTheWindowAndLaterOneIsDeadLettered() throws Exception {
        List<Envelope> input = feedback(
                "10:05", 10, "10:10", 9,
                "11:20", 0,    // watermark passes 11:00: the 10:00 hour closes (revision 1)
                "10:30", 2,    // 50 min behind the watermark: within 1h, revision 2
                "12:40", 8,    // watermark 12:34:59.999
                "10:50", 10);  // more than 1h behind: late
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "windows", "1h", "dimensions", "overall")));

        List<JsonNode> rollups = new ArrayList<>();
        List<JsonNode> deadLetters = new ArrayList<>();
        for (OutputRecord r : run(input, config)) {
            if (r.topic().equals(config.npsRollupsTopic())) {
                rollups.add(OutputReader.parse(r.value()));
            } else if (r.topic().equals(config.deadLetterTopic())) {
                deadLetters.add(OutputReader.parse(r.value()));
            }
        }

        List<JsonNode> tenOClock = rollups.stream()
                .filter(r -> r.get("window_start").asText().equals("2026-03-01T10:00:00Z"))
                .toList();
        // The account join holds each response until its two inputs' watermarks pass it, so
        // the 10:30 response may reach the window before or after the window first fires: as
        // revision 2 of a 2-response window, or inside revision 1. Either way it counts, and
        // the last revision has every response within the allowed lateness.
        assertTrue(tenOClock.size() == 1 || tenOClock.size() == 2, tenOClock.toString());
        for (int i = 0; i < tenOClock.size(); i++) {
            assertEquals(i + 1, tenOClock.get(i).get("revision").asInt());
        }
        if (tenOClock.size() == 2) {
            assertEquals(2, tenOClock.get(0).get("responses").asLong());
            assertEquals(100.0, tenOClock.get(0).get("nps").asDouble(), 1e-9);
        }
        JsonNode last = tenOClock.get(tenOClock.size() - 1);
        assertEquals(3, last.get("responses").asLong());
        assertEquals(100.0 * (2 - 1) / 3, last.get("nps").asDouble(), 0.005);

        assertEquals(1, deadLetters.size());
        assertEquals("late", deadLetters.get(0).get("error_type").asText());
        assertTrue(deadLetters.get(0).get("payload").asText().contains("\"fb-5\""));
    }

    private static List<OutputRecord> run(List<Envelope> input, JobConfig config) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(1);
        DataStream<Envelope> events = env
                .fromData(input, TypeInformation.of(Envelope.class))
                .assignTimestampsAndWatermarks(EveryEventWatermarks.of(config.fastOutOfOrderness(),
                        (e, ts) -> e.eventTime()));
        List<OutputRecord> out = new ArrayList<>();
        try (CloseableIterator<OutputRecord> it =
                CxPulseWorkflow.define(Map.of("", events), config).executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }


    /** Feedback events from pairs of (time on 2026-03-01 UTC, NPS answer). */
    private static List<Envelope> feedback(Object... timeAndScore) {
        EventParser parser = new EventParser();
        List<Envelope> events = new ArrayList<>();
        for (int i = 0; i < timeAndScore.length; i += 2) {
            String json = "{\"event_id\":\"fb-" + i / 2 + "\",\"timestamp\":\"2026-03-01T"
                    + timeAndScore[i] + ":00Z\",\"customer_id\":\"C1\",\"nps\":"
                    + timeAndScore[i + 1] + "}";
            events.add(parser.parse(InputKind.FEEDBACK,
                    SourcePosition.kafka("cx.feedback", 0, i / 2, 0),
                    json.getBytes(StandardCharsets.UTF_8)));
        }
        return events;
    }
}
