package io.cxpulse.jobs.testing;

import io.cxpulse.alerts.Alert;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.CxPulseWorkflow;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the whole workflow with alerts over input lines on the test MiniCluster, in streaming
 * mode, one record at a time in event-time order with a watermark after each as production
 * would, and returns the alerts in the order they left the storm guard.
 */
public final class AlertRun {
    private AlertRun() {}

    /** Input lines of one kind, in the order given. */
    public record Lines(InputKind kind, List<byte[]> lines) {}

    public static List<Alert> run(List<Lines> inputs, JobConfig config)
            throws Exception {
        EventParser parser = new EventParser();
        List<Envelope> envelopes = new ArrayList<>();
        for (Lines input : inputs) {
            for (int i = 0; i < input.lines().size(); i++) {
                Envelope e = parser.parse(input.kind(),
                        SourcePosition.file(input.kind().key() + ".jsonl", i + 1), input.lines().get(i));
                if (e.isValid()) {
                    envelopes.add(e);
                }
            }
        }
        envelopes.sort(Comparator.comparingLong(Envelope::eventTime));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.flinkSettings());
        env.setParallelism(1);
        DataStream<Envelope> source = env
                .fromData(envelopes, TypeInformation.of(Envelope.class))
                .assignTimestampsAndWatermarks(EveryEventWatermarks.of(config.fastOutOfOrderness(),
                        (e, ts) -> e.eventTime()));
        List<Alert> alerts = new ArrayList<>();
        try (CloseableIterator<Alert> it =
                CxPulseWorkflow.defineWithAlerts(Map.of("", source), config).alerts()
                        .executeAndCollect()) {
            it.forEachRemaining(alerts::add);
        }
        return alerts;
    }


    public static List<byte[]> utf8(List<String> lines) {
        return lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
    }

}
