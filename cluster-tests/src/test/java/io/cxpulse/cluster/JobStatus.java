package io.cxpulse.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A job's state as the JobManager's REST API tells it. */
final class JobStatus {
    private final FlinkCluster cluster;
    private final String jobId;

    JobStatus(FlinkCluster cluster, String jobId) {
        this.cluster = cluster;
        this.jobId = jobId;
    }

    String jobId() {
        return jobId;
    }

    /** Waits until the job and all of its tasks are running. */
    void awaitRunning(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode job = cluster.get("/jobs/" + jobId);
            last = job.path("state").asText();
            if (last.equals("FAILED") || last.equals("CANCELED") || last.equals("FINISHED")) {
                throw new IllegalStateException("job " + jobId + " is " + last + ": " + failures());
            }
            boolean allRunning = last.equals("RUNNING") && job.path("vertices").size() > 0;
            for (JsonNode vertex : job.path("vertices")) {
                allRunning &= vertex.path("status").asText().equals("RUNNING");
            }
            if (allRunning) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("job " + jobId + " not running in time (" + last + ")");
    }

    /** How often the job restarted (the JobManager's numRestarts metric). */
    long restarts() throws Exception {
        for (JsonNode metric : cluster.get("/jobs/" + jobId + "/metrics?get=numRestarts")) {
            return metric.path("value").asLong();
        }
        throw new IllegalStateException("no numRestarts metric for " + jobId);
    }

    /** The exception history: each failure that restarted the job, with its concurrent ones. */
    List<JsonNode> failures() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        cluster.get("/jobs/" + jobId + "/exceptions?maxExceptions=100")
                .path("exceptionHistory").path("entries").forEach(entries::add);
        return entries;
    }
}
