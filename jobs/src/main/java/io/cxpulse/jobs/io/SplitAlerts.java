package io.cxpulse.jobs.io;

import io.cxpulse.records.OutputRecord;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends each output record one way: alerts to {@link #ALERTS} for their own sink, everything
 * else on for the transactional one. One look at the topic per record.
 */
public final class SplitAlerts extends ProcessFunction<OutputRecord, OutputRecord> {
    public static final OutputTag<OutputRecord> ALERTS = new OutputTag<>("alerts") {};

    private final String alertsTopic;

    public SplitAlerts(String alertsTopic) {
        this.alertsTopic = alertsTopic;
    }

    @Override
    public void processElement(OutputRecord record, Context ctx, Collector<OutputRecord> out) {
        if (record.topic().equals(alertsTopic)) {
            ctx.output(ALERTS, record);
        } else {
            out.collect(record);
        }
    }
}
