package io.cxpulse.jobs.scenarios;

import io.cxpulse.alerts.Alert;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.CxPulseWorkflow;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;

/**
 * Runs the whole workflow with alerts on the test MiniCluster in streaming mode, reading
 * partitions of input lines as the Kafka source reads its partitions: two source readers at
 * parallelism 2, each reading its own partition in its own order and at its own pace, the
 * job's watermark strategy after them. Returns the alerts as they left the storm guard.
 */
public final class ScenarioJob {
    /** The partitions of each run, by run id: the readers are in this JVM. */
    private static final Map<String, List<List<InputLine>>> FEEDS = new ConcurrentHashMap<>();

    private ScenarioJob() {}

    public static List<Alert> alerts(List<List<InputLine>> partitions, JobConfig config)
            throws Exception {
        String run = UUID.randomUUID().toString();
        int longest = partitions.stream().mapToInt(List::size).max().orElse(0);
        FEEDS.put(run, partitions);
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.configure(CxPulseJob.flinkSettings());
            env.setParallelism(partitions.size());
            String[] topics = new String[io.cxpulse.records.InputKind.values().length];
            config.inputTopics().forEach((kind, topic) -> topics[kind.ordinal()] = topic);
            // one split of [p * longest, (p + 1) * longest) per reader: partition p
            DataStream<Envelope> input = env
                    .fromSource(new NumberSequenceSource(0, (long) longest * partitions.size() - 1),
                            WatermarkStrategy.noWatermarks(), "Scenario partitions")
                    .flatMap(new ReadPartition(run, longest, topics))
                    .returns(TypeInformation.of(Envelope.class))
                    .name("Read scenario partition")
                    .assignTimestampsAndWatermarks(CxPulseWorkflow.watermarks(config))
                    .name("Watermarks per partition");
            List<Alert> alerts = new ArrayList<>();
            try (CloseableIterator<Alert> it =
                    CxPulseWorkflow.defineWithAlerts(Map.of("", input), config).alerts()
                            .executeAndCollect()) {
                it.forEachRemaining(alerts::add);
            }
            return alerts;
        } finally {
            FEEDS.remove(run);
        }
    }

    /** Turns the index of a line into the line, parsed as the Kafka source parses a record. */
    static final class ReadPartition extends RichFlatMapFunction<Long, Envelope> {
        private final String run;
        private final int longest;
        private final String[] topics;
        private transient EventParser parser;
        private transient List<List<InputLine>> partitions;

        ReadPartition(String run, int longest, String[] topics) {
            this.run = run;
            this.longest = longest;
            this.topics = topics;
        }

        @Override
        public void open(OpenContext context) {
            parser = new EventParser();
            partitions = FEEDS.get(run);
        }

        @Override
        public void flatMap(Long index, Collector<Envelope> out) {
            int partition = (int) (index / longest);
            int offset = (int) (index % longest);
            List<InputLine> lines = partitions.get(partition);
            if (offset < lines.size()) {
                InputLine line = lines.get(offset);
                out.collect(parser.parse(line.kind(), SourcePosition.kafka(
                        topics[line.kind().ordinal()], partition, offset, line.eventTime()),
                        line.json().getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
