package io.cxpulse.jobs.demo;

import io.cxpulse.jobs.io.TempFolders;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.kafka.TopicPlan;
import io.cxpulse.jobs.kafka.TopicSetup;
import io.cxpulse.serde.Timestamps;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The whole job on one machine: a real Kafka broker in this JVM, the job on Flink's local
 * runtime, the sample data replayed into the input topics, and a summary read back from the
 * output topics. Without {@code follow}, the job is drained once it has consumed everything
 * (every window fires, every transaction commits) and the demo ends.
 */
public final class Demo {
    private final PrintStream out;
    private final Duration replayDuration;

    /** @param replayDuration the wall time over which the sample history is replayed */
    public Demo(PrintStream out, Duration replayDuration) {
        this.out = out;
        this.replayDuration = replayDuration;
    }

    public void run(Path sampleDir, StreamExecutionEnvironment env, String webUrl, boolean follow)
            throws Exception {
        long started = System.nanoTime();
        Path work = TempFolders.create("cx-pulse-demo-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            out.printf("Kafka broker (KRaft, in-process) at %s%n", kafka.bootstrapServers());
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "group.id", "cx-pulse-demo",
                    "checkpoint.interval", "2s",
                    "starting.offsets", "earliest")));
            createTopics(kafka, config);
            SampleReplayer replayer = SampleReplayer.load(sampleDir, config.inputTopics());
            out.printf("Loaded %,d sample records from %s%n", replayer.size(), sampleDir);

            CxPulseJob.build(env, config, false);
            JobClient job = env.executeAsync(CxPulseJob.NAME + " demo");
            out.printf("Flink job %s running; web UI at %s%n", job.getJobID(), webUrl);

            try (OutputCollector outputs =
                    new OutputCollector(kafka.bootstrapServers(), config.outputTopics())) {
                replay(replayer, kafka, config, outputs);
                if (follow) {
                    out.println("Replay done; the job keeps running. Press Ctrl-C to stop.");
                    job.getJobExecutionResult().get();
                    return;
                }
                awaitConsumed(kafka, config, job, Duration.ofSeconds(90));
                out.println("All input consumed; draining the job so the last windows fire...");
                job.stopWithSavepoint(true, work.resolve("savepoint").toUri().toString(),
                                SavepointFormatType.CANONICAL)
                        .get(90, TimeUnit.SECONDS);
                outputs.awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(30));
                new DemoSummary(config, outputs, out).print(replayer.countsPerKind());
            }
        } finally {
            deleteQuietly(work);
        }
        out.printf("%nDemo finished in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    private void replay(SampleReplayer replayer, EmbeddedKafka kafka, JobConfig config,
            OutputCollector outputs) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong eventTime = new AtomicLong();
        Thread progress = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(2_000);
                    printProgress(sent.get(), replayer.size(), eventTime.get(), config, outputs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        progress.setDaemon(true);
        progress.start();
        out.printf("Replaying %,d records: two weeks of event time in about %d s...%n",
                replayer.size(), replayDuration.toSeconds());
        replayer.replay(kafka, replayDuration, t -> {
            sent.incrementAndGet();
            eventTime.set(t);
        });
        progress.interrupt();
        printProgress(sent.get(), replayer.size(), eventTime.get(), config, outputs);
    }

    private void printProgress(
            long sent, long total, long eventTime, JobConfig config, OutputCollector outputs) {
        StringBuilder line = new StringBuilder(String.format("  replayed %,6d/%,d  event time %s",
                sent, total, eventTime == 0 ? "-" : Timestamps.format(eventTime).substring(0, 16)));
        line.append("  | committed output:");
        for (String topic : config.outputTopics()) {
            line.append(String.format(" %s %,d", topic, outputs.count(topic)));
        }
        out.println(line);
    }

    /** The job's topics as {@code bin/cx-pulse topics --create} makes them, two partitions each. */
    private static void createTopics(EmbeddedKafka kafka, JobConfig config) throws Exception {
        try (Admin admin = kafka.admin()) {
            new TopicSetup(admin).createMissing(
                    TopicPlan.of(config).withPartitions(2), Optional.of((short) 1));
        }
    }

    /** Waits until the job's committed offsets reach the end of every input partition. */
    private static void awaitConsumed(
            EmbeddedKafka kafka, JobConfig config, JobClient job, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = kafka.admin()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : config.inputTopics().values()) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(config.groupId())
                        .partitionsToOffsetAndMetadata().get();
                boolean done = partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset());
                if (done) {
                    return;
                }
                if (job.getJobStatus().get().isGloballyTerminalState()) {
                    throw new IllegalStateException("the job ended early: " + job.getJobStatus().get());
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the job did not consume all input within " + timeout);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
