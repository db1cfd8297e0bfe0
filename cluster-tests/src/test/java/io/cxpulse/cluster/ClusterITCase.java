package io.cxpulse.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The shaded job jar on a Flink cluster of separate processes, against a Kafka broker in its
 * own process, as a data engineer runs it: submitted with {@code flink run}; while two weeks of
 * input with more than a thousand hostile records stream in, a TaskManager is killed with
 * {@code kill -9} three times and replaced; then the job is stopped with a savepoint and started
 * again from it with another checkpoint interval. Its outputs must equal a backfill of the same
 * input, every record must be accounted for, and only the kills may have restarted it.
 */
class ClusterITCase {
    private static final long SEED = 20261208L;
    /** How long the input takes to stream in. */
    private static final double STREAM_SECONDS = 100;
    /** When the TaskManagers are killed and when the job is stopped, as shares of the input sent. */
    private static final double[] KILLS = {0.15, 0.35, 0.55};
    private static final double SAVEPOINT = 0.75;

    private final Path work = Path.of(System.getProperty("cluster.work", "target/cluster"));
    private final RunLog log = new RunLog(work.resolve("run.log"));

    @Test
    void jobJarOnAClusterSurvivesKillsAndASavepointAndMatchesABackfill() throws Exception {
        FileUtils.deleteIfExists(work);
        Files.createDirectories(work);
        Map<String, String> settings = new LinkedHashMap<>();
        try (KafkaBroker kafka = KafkaBroker.start(Path.of(System.getProperty("cluster.kafka.lib")),
                        work.resolve("kafka"));
                FlinkCluster flink = FlinkCluster.start(Path.of(System.getProperty("cluster.flink.lib")),
                        Path.of(System.getProperty("cluster.flink.config")), work.resolve("flink"),
                        List.of(System.getProperty("cluster.jvm.flags", "").trim().split("\\s+")))) {
            log.say("Kafka broker at " + kafka.bootstrapServers() + ", JobManager at " + flink.restAddress());
            Path jar = Path.of(System.getProperty("cluster.job.jar"));
            ClusterTopics.create(flink, jar, kafka.bootstrapServers());
            settings.putAll(jobSettings(kafka.bootstrapServers()));
            JobConfig config = JobConfig.from(ParameterTool.fromMap(settings));
            ClusterInput input = ClusterInput.plan(work.resolve("corpus"), SEED, config.inputTopics());
            List<InputRecord> all = new ArrayList<>(input.stream);
            all.addAll(input.end);
            long hostile = input.stream.stream().filter(InputRecord::hostile).count();
            log.say(input.stream.size() + " input records planned, " + hostile + " of them hostile, "
                    + input.stream.stream().filter(r -> r.reason() != null).count() + " to be rejected");
            assertTrue(hostile >= 1_000, "hostile records: " + hostile);
            flink.startTaskManagers("tm-1", "tm-2");

            FlinkCli cli = new FlinkCli(flink);
            JobStatus first = new JobStatus(flink, cli.runDetached(jar, null, args(settings)));
            first.awaitRunning(Duration.ofSeconds(120));
            log.say("job " + first.jobId() + " running");

            try (SteadyProducer producer = new SteadyProducer(kafka.bootstrapServers(), all.size())) {
                producer.start(input.stream, input.stream.size() / STREAM_SECONDS);
                int next = 3;
                List<long[]> recoveries = new ArrayList<>();
                for (double share : KILLS) {
                    awaitSent(producer, share * input.stream.size());
                    String victim = flink.taskManagerNames().get(0);
                    long killedAt = System.currentTimeMillis();
                    flink.killTaskManager(victim);
                    log.killed("TaskManager " + victim + " after " + producer.sent() + " records");
                    flink.startTaskManagers("tm-" + next);
                    log.say("tm-" + next + " registered");
                    next++;
                    first.awaitRunning(Duration.ofSeconds(120));
                    recoveries.add(new long[] {killedAt, System.currentTimeMillis()});
                    log.say("job running again");
                }
                awaitSent(producer, SAVEPOINT * input.stream.size());
                long restarts = first.restarts();
                List<JsonNode> failures = first.failures();
                String savepoint = cli.stopWithSavepoint(first.jobId(), work.resolve("savepoints"));
                log.say("stopped with savepoint " + savepoint + " after " + producer.sent() + " records");
                settings.put("checkpoint.interval", "2s");
                JobStatus second = new JobStatus(flink, cli.runDetached(jar, savepoint, args(settings)));
                second.awaitRunning(Duration.ofSeconds(120));
                log.say("job " + second.jobId() + " restored from the savepoint with checkpoint.interval 2s");
                producer.awaitAll();
                producer.sendNow(input.end, input.stream.size());
                log.say("all " + all.size() + " records sent, the last ones far ahead");
                awaitSettled(kafka, config, input);
                log.say("outputs settled");
                long restoredRestarts = second.restarts();
                List<JsonNode> restoredFailures = second.failures();

                Map<String, List<JsonNode>> outputs = new HashMap<>();
                for (String topic : config.outputTopics()) {
                    outputs.put(topic, Outputs.topic(kafka.bootstrapServers(), topic));
                }
                Outputs.save(work.resolve("streaming-out"), outputs);
                Path backfillIn = work.resolve("backfill-in");
                Path backfillOut = work.resolve("backfill-out");
                ClusterInput.writeFiles(backfillIn, all);
                Backfill.run(backfillIn, backfillOut, config, 2);
                log.say("backfill done");
                assertAll(
                        () -> assertRestartsOnlyFromKills(restarts, failures, recoveries),
                        () -> assertEquals(List.of(), restoredFailures, "failures of the restored job"),
                        () -> assertEquals(0, restoredRestarts, "restarts of the restored job"),
                        () -> Accounting.assertEveryRecordAccountedFor(all, producer, outputs, config),
                        () -> assertSameAsBackfill(outputs, backfillOut, config, input.cutoff));
            }
        } finally {
            log.say("done; kills at " + log.kills().stream().map(s -> String.format("%.1f s", s)).toList());
        }
    }

    /** The job's settings, as {@code --key value} arguments would give them. */
    private static Map<String, String> jobSettings(String bootstrapServers) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("bootstrap.servers", bootstrapServers);
        s.put("group.id", "cx-pulse-cluster-test");
        s.put("transactional.id.prefix", "cx-pulse-cluster-test");
        s.put("starting.offsets", "earliest");
        s.put("checkpoint.interval", "1s");
        // the input arrives up to ClusterInput.JITTER out of order: within both watermarks
        s.put("out.of.orderness.fast", "2m");
        // No storm guard: a backfill hands it the customers' alerts (key-account, escalation) in
        // customer order, not in time order, so it counts opens of many hours as one and holds
        // back alerts a stream passes; the streaming guard is not what this test is about.
        s.put("alerts.storm.max-opens-per-hour", "100000");
        return s;
    }

    private static List<String> args(Map<String, String> settings) {
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> {
            args.add("--" + k);
            args.add(v);
        });
        return args;
    }

    private void awaitSent(SteadyProducer producer, double records) throws InterruptedException {
        while (producer.sent() < records) {
            producer.check();
            Thread.sleep(100);
        }
    }

    /**
     * Waits until every valid feedback and review is scored and the outputs stop growing for a
     * few checkpoints: every window and deadline the watermark passed has fired and committed.
     */
    private void awaitSettled(KafkaBroker kafka, JobConfig config, ClusterInput input) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        long last = -1;
        int quiet = 0;
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            while (quiet < 4) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("outputs did not settle");
                }
                Thread.sleep(2_000);
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                for (String topic : config.outputTopics()) {
                    for (int p = 0; p < ClusterTopics.PARTITIONS; p++) {
                        ends.put(new TopicPartition(topic, p), OffsetSpec.latest());
                    }
                }
                long total = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all().get().values().stream().mapToLong(o -> o.offset()).sum();
                quiet = total == last ? quiet + 1 : 0;
                last = total;
            }
        }
    }

    /**
     * The job restarted only because TaskManagers were killed: each failure in the exception
     * history happened between a kill and the job running again after it, and none came from the
     * job's code; each kill caused at least one (a kill can cause two: the lost connections, then
     * a deployment to the lost TaskManager before the JobManager has noticed it is gone).
     */
    private void assertRestartsOnlyFromKills(long restarts, List<JsonNode> failures, List<long[]> recoveries) {
        log.say("first job: " + restarts + " restarts; failures " + failures.stream()
                .map(f -> f.path("exceptionName").asText().replaceAll(".*\\.", "") + " at +"
                        + String.format("%.1f s", log.secondsAt(f.path("timestamp").asLong())))
                .toList());
        assertEquals(failures.size(), restarts, "one restart per failure");
        int[] perKill = new int[recoveries.size()];
        for (JsonNode failure : failures) {
            long at = failure.path("timestamp").asLong();
            int kill = -1;
            for (int i = 0; i < recoveries.size(); i++) {
                if (at >= recoveries.get(i)[0] && at <= recoveries.get(i)[1]) {
                    kill = i;
                }
            }
            assertTrue(kill >= 0, "a failure outside the kills' recoveries:\n" + failure.path("stacktrace").asText());
            perKill[kill]++;
            assertTrue(!failure.path("stacktrace").asText().contains("io.cxpulse"),
                    "a failure came from the job's code:\n" + failure.path("stacktrace").asText());
        }
        for (int i = 0; i < perKill.length; i++) {
            assertTrue(perKill[i] >= 1, "kill " + (i + 1) + " caused no restart");
        }
    }

    /**
     * Every window, signal and alert the streaming run can have closed equals the backfill's:
     * windows ending by the cutoff (the watermark passed them all), signals and alerts dated
     * before it. Alerts go out at least once: a restart may repeat one with the same alert_id,
     * first_seen and sequence, so both sides are compared after dropping such repeats, and the
     * repeats must be equal but for detected_at.
     */
    private void assertSameAsBackfill(Map<String, List<JsonNode>> outputs, Path backfill,
            JobConfig config, Instant cutoff) throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (String topic : List.of(config.npsRollupsTopic(), config.reviewRollupsTopic(),
                config.driverRollupsTopic(), config.retention().rollupsTopic())) {
            Map<String, String> streaming = Outputs.closedRollups(outputs.get(topic), cutoff);
            Map<String, String> batch = Outputs.closedRollups(Outputs.file(backfill, topic), cutoff);
            log.say(topic + ": " + streaming.size() + " closed windows compared with the backfill's " + batch.size());
            checks.add(() -> assertEquals(batch, streaming, topic));
            checks.add(() -> assertTrue(!batch.isEmpty(), topic + " has windows to compare"));
        }
        String signals = config.retention().signalsTopic();
        List<String> streamingSignals = Outputs.sorted(outputs.get(signals),
                s -> Outputs.instant(s.path("timestamp")).isBefore(cutoff));
        List<String> batchSignals = Outputs.sorted(Outputs.file(backfill, signals),
                s -> Outputs.instant(s.path("timestamp")).isBefore(cutoff));
        log.say(signals + ": " + streamingSignals.size() + " signals compared with the backfill's " + batchSignals.size());
        checks.add(() -> assertEquals(batchSignals, streamingSignals, signals));

        String alerts = config.alerts().topic();
        Map<String, String> streamingAlerts = AlertRecords.distinct(outputs.get(alerts), cutoff, config.alerts());
        Map<String, String> batchAlerts = AlertRecords.distinct(Outputs.file(backfill, alerts), cutoff, config.alerts());
        log.say(alerts + ": " + outputs.get(alerts).size() + " records, " + streamingAlerts.size()
                + " distinct, compared with the backfill's " + batchAlerts.size());
        checks.add(() -> assertEquals(new TreeMap<>(batchAlerts), new TreeMap<>(streamingAlerts),
                alerts + ": " + AlertRecords.difference(batchAlerts, streamingAlerts)));
        assertAll(checks);
    }
}
