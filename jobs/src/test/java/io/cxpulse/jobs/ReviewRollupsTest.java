package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredReview;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

/** The operators {@link ReviewRollups} adds keep stable uids, one window operator for all sizes. */
class ReviewRollupsTest {

    @Test
    void everyOperatorHasAStableUidAndOneOperatorKeepsEveryWindowSize() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                CxPulseJob.flinkSettings());
        DataStream<ScoredReview> scored = env
                .fromData(List.<ScoredReview>of(), TypeInformation.of(ScoredReview.class))
                .uid("test-input");
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of("windows", "15m,1h,1d")));

        DataStream<OutputRecord> out = ReviewRollups.define(scored, config, new ProcessingDeadLetters());

        TreeSet<String> uids = new TreeSet<>();
        for (Transformation<?> t : out.getTransformation().getTransitivePredecessors()) {
            if (t.getUid() != null) {
                uids.add(t.getUid());
            }
        }
        assertEquals(new TreeSet<>(List.of("encode-review-rollups", "review-rollup-partials",
                        "review-rollup-windows", "test-input", "window-watermark-review-rollup")),
                uids);
    }
}
