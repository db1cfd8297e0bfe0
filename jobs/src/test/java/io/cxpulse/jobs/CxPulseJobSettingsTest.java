package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

/** The Flink settings the job jar submits with: checkpoint.dir sets the job's checkpoints. */
class CxPulseJobSettingsTest {

    @Test
    void checkpointDirIsTheJobsCheckpointDirectory() {
        JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                "checkpoint.dir", "s3://bucket/cx-pulse/checkpoints")));
        assertEquals("s3://bucket/cx-pulse/checkpoints",
                CxPulseJob.jobSettings(config).get(CheckpointingOptions.CHECKPOINTS_DIRECTORY));
    }

    @Test
    void withoutCheckpointDirTheClustersApplies() {
        assertFalse(CxPulseJob.jobSettings(JobConfig.defaults())
                .contains(CheckpointingOptions.CHECKPOINTS_DIRECTORY));
    }
}
