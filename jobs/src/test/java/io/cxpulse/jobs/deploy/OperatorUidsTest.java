package io.cxpulse.jobs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

/**
 * The production job graph against the uid table of docs/deploy.md, "Savepoints": a savepoint
 * maps its state to operators by these uids, so the table is what users check an upgrade
 * against. Flink names the parts of a sink itself: the writer takes the sink's uid, the
 * committer {@code Sink Committer: <uid>}.
 */
class OperatorUidsTest {

    /** Every optional operator on: deduplication, every alert rule, the Pareto key accounts. */
    private static final Map<String, String> ALL_ON = Map.of(
            "dedup.horizon", "24h",
            "key-accounts.pareto-share", "0.8",
            "alerts.reputation-surge.enabled", "true",
            "alerts.complaint-cluster.enabled", "true",
            "alerts.nps-drop.enabled", "true",
            "alerts.key-account.enabled", "true",
            "alerts.escalation.enabled", "true");

    /** Every optional operator off. */
    private static final Map<String, String> ALL_OFF = Map.of(
            "dedup.horizon", "0",
            "key-accounts.pareto-share", "0",
            "alerts.reputation-surge.enabled", "false",
            "alerts.complaint-cluster.enabled", "false",
            "alerts.nps-drop.enabled", "false",
            "alerts.key-account.enabled", "false",
            "alerts.escalation.enabled", "false");

    @Test
    void everyOperatorWithEveryOptionOnHasTheUidTheDocsList() throws Exception {
        assertEquals(documentedUids(), uids(graph(ALL_ON)));
    }

    @Test
    void theDefaultsRunEveryDocumentedOperator() throws Exception {
        assertEquals(documentedUids(), uids(graph(Map.of())));
    }

    @Test
    void withEveryOptionOffTheRemainingUidsAreDocumentedAndKeepTheirNames() throws Exception {
        Set<String> uids = uids(graph(ALL_OFF));
        assertTrue(documentedUids().containsAll(uids), uids.toString());
        for (String optional : Set.of("deduplicate", "pareto-key-accounts", "alert-storm-guard",
                "alert-rule-nps-drop", "customer-inputs-reviews", "encode-alerts")) {
            assertFalse(uids.contains(optional), optional);
        }
        assertTrue(uids.containsAll(Set.of("kafka-source", "route-events", "score-events",
                "customers", "nps-rollup-windows", "kafka-sink", "Sink Committer: kafka-sink")));
    }

    /** Only an operator with a uid makes a job graph when generated uids are off. */
    @Test
    void theJobGraphBuildsWithoutGeneratedUids() throws Exception {
        JobGraph job = graph(ALL_ON).getJobGraph();
        assertTrue(job.getNumberOfVertices() > 10);
    }

    @Test
    void keyedStateHas128KeyGroupsByDefaultAndTheSettingChangesIt() throws Exception {
        assertEquals(Set.of(128), maxParallelisms(graph(Map.of())));
        assertEquals(Set.of(4096), maxParallelisms(graph(Map.of("max.parallelism", "4096"))));
    }

    private static Set<Integer> maxParallelisms(StreamGraph graph) {
        Set<Integer> values = new TreeSet<>();
        for (JobVertex vertex : graph.getJobGraph().getVertices()) {
            values.add(vertex.getMaxParallelism());
        }
        return values;
    }

    static StreamGraph graph(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.putIfAbsent("bootstrap.servers", "localhost:9092");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(CxPulseJob.jobSettings());
        CxPulseJob.build(env, JobConfig.from(ParameterTool.fromMap(all)), false);
        return env.getStreamGraph(false);
    }

    private static Set<String> uids(StreamGraph graph) {
        Set<String> uids = new TreeSet<>();
        for (StreamNode node : graph.getStreamNodes()) {
            assertTrue(node.getTransformationUID() != null, node.getOperatorName() + " has no uid");
            uids.add(node.getTransformationUID());
        }
        return uids;
    }

    private static Set<String> documentedUids() throws Exception {
        return new TreeSet<>(MarkdownSection.of(MarkdownSection.DEPLOY, "Savepoints")
                .firstColumnCode());
    }
}
