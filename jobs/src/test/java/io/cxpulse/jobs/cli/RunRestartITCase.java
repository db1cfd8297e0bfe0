package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxpulse.jobs.Backfill;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.scenarios.Arrivals;
import io.cxpulse.jobs.scenarios.History;
import io.cxpulse.jobs.scenarios.HistoryGenerator;
import io.cxpulse.jobs.scenarios.InputLine;
import io.cxpulse.jobs.testing.AlertComparison;
import io.cxpulse.jobs.testing.BackfillComparison;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.records.InputKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * {@code cx-pulse run} as a user runs it, in a JVM of its own against a real broker, while two
 * weeks of one business's feedback, reviews, interactions and accounts stream in at a steady
 * rate (held at 60% until the first kill, however slowly the run starts): killed with SIGKILL
 * after a checkpoint and before the input ends, started again (it resumes from its newest
 * checkpoint), stopped with {@code cx-pulse stop} (a savepoint), started again (it resumes from
 * that savepoint), and stopped with SIGTERM once the input is read. The
 * rollups, customer signals and alerts it leaves equal a backfill of the same input, and every
 * valid input id is scored exactly once.
 */
class RunRestartITCase {
    private static final long SEED = 11;
    private static final int PARTITIONS = 2;
    private static final Duration INPUT_TIME = Duration.ofSeconds(40);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void killedStoppedAndResumedRunEndsWithTheResultsOfABackfill() throws Exception {
        // a folder of its own under target/, kept after a failure for its logs
        Path dir = Path.of("target", "run-restart-it").toAbsolutePath();
        RunTempFolder.delete(dir);
        Files.createDirectories(dir);
        History history = HistoryGenerator.generate(SEED, false);
        List<List<InputLine>> partitions =
                Arrivals.partitions(history.lines(), PARTITIONS, Duration.ofMinutes(4), SEED);
        Instant lastEvent = Instant.ofEpochMilli(
                history.lines().stream().mapToLong(InputLine::eventTime).max().orElseThrow());
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
                CliProcesses cli = new CliProcesses(dir)) {
            Map<String, String> settings = Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "group.id", "it-run-restart",
                    "transactional.id.prefix", "it-run-restart",
                    "checkpoint.interval", "1s",
                    // the rules judge in event-time order what is this far out of order, as a
                    // backfill does; by default (1s) they judge the 4 minutes' disorder on arrival
                    "out.of.orderness.fast", "5m",
                    "checkpoint.dir", dir.resolve("state").toString());
            JobConfig config = JobConfig.from(ParameterTool.fromMap(settings));
            StateFolder state = StateFolder.of(config);
            String[] args = settings.entrySet().stream()
                    .flatMap(e -> java.util.stream.Stream.of("--" + e.getKey(), e.getValue()))
                    .toArray(String[]::new);
            kafka.createTopics(config.inputTopics().values(), PARTITIONS);
            kafka.createTopics(config.outputTopics(), PARTITIONS);

            try (SteadyInput input = new SteadyInput(kafka, config, partitions, INPUT_TIME)) {
                input.holdAt(0.6);
                Process first = cli.start("run-1", command("run", args));
                await("a checkpoint of the first run and a fifth of the input committed", cli, "run-1",
                        () -> hasCompleteCheckpoint(state)
                                && committed(kafka, config) >= history.lines().size() / 5);
                assertTrue(input.progress() < 0.9, "the input ran out before the kill");
                first.destroyForcibly();
                assertTrue(first.waitFor(30, TimeUnit.SECONDS));
                assertEquals(128 + 9, first.exitValue(), "not killed by SIGKILL");
                double killedAt = input.progress();

                Process second = cli.start("run-2", command("run", args));
                input.release();
                await("the second run's job running", cli, "run-2",
                        () -> cli.said("run-2").contains(" running; state in "));
                assertTrue(cli.said("run-2").contains("resuming from checkpoint"), cli.said("run-2"));
                await("most of the input sent", cli, "run-2", () -> input.progress() >= 0.8);
                Process stop = cli.start("stop", command("stop", args));
                assertTrue(stop.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
                assertEquals(0, stop.exitValue(), cli.said("stop"));
                String savepoint = savepointIn(cli.said("stop"));
                assertTrue(second.waitFor(60, TimeUnit.SECONDS), cli.said("run-2"));
                assertEquals(0, second.exitValue(), cli.said("run-2"));

                Process third = cli.start("run-3", command("run", args));
                await("the third run's job running", cli, "run-3",
                        () -> cli.said("run-3").contains(" running; state in "));
                assertTrue(cli.said("run-3").contains("resuming from savepoint")
                        && cli.said("run-3").contains(savepoint), cli.said("run-3"));
                input.awaitEnd(PATIENCE);
                int flushed = sendPastTheEnd(kafka, config, history.end() + HistoryGenerator.DAY);
                long everything = history.lines().size() + flushed;
                await("every input record committed", cli, "run-3",
                        () -> committed(kafka, config) == everything);
                // windows fire on the watermark of the records past the end, a little later
                Thread.sleep(3_000);
                third.destroy();
                assertTrue(third.waitFor(60, TimeUnit.SECONDS), cli.said("run-3"));
                assertEquals(0, third.exitValue(), cli.said("run-3"));
                assertTrue(cli.said("run-3").contains("stopped with savepoint"), cli.said("run-3"));
                System.out.printf("run restart: %,d input lines over %ds, killed at %.0f%%, "
                        + "stopped at ~80%%; logs in %s%n", history.lines().size(),
                        INPUT_TIME.toSeconds(), killedAt * 100, dir);
            }

            Map<String, List<JsonNode>> outputs = new HashMap<>();
            for (String topic : config.outputTopics()) {
                outputs.put(topic, OutputReader.values(kafka.bootstrapServers(), topic).stream()
                        .filter(r -> !r.has("window_start")
                                || !BackfillComparison.instant(r.get("window_start")).isAfter(lastEvent))
                        .toList());
            }
            assertEquals(List.of(), outputs.get(config.deadLetterTopic()));
            assertEquals(scoredIds(history), outputs.get(config.scoredTopic()).stream()
                    .map(s -> s.get("event_id").asText()).sorted().toList());

            Path backfill = dir.resolve("backfill");
            Backfill.run(backfillInput(dir.resolve("in"), config, partitions), backfill, config, 2);
            BackfillComparison.assertSameRollupsAndSignals(outputs::get, backfill, config, lastEvent);
            String topic = config.alerts().topic();
            List<String> alerts =
                    BackfillComparison.settledAlerts(outputs.get(topic), config, lastEvent);
            AlertComparison.assertSameAlerts(BackfillComparison.settledAlerts(
                    BackfillComparison.readLines(backfill, topic), config, lastEvent), alerts);
            assertTrue(alerts.stream().anyMatch(a -> a.contains("\"rule\":\"key-account\"")),
                    alerts.toString());
        }
    }

    private static String[] command(String name, String[] args) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static void await(String what, CliProcesses cli, String log, Callable<Boolean> done)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain for " + what + "; " + log + " said:\n"
                        + cli.said(log));
            }
            Thread.sleep(250);
        }
    }

    private static boolean hasCompleteCheckpoint(StateFolder state) throws Exception {
        return RetainedCheckpoints.newest(state, skipped -> { }).isPresent();
    }

    /** Input records whose offsets the job committed, over every input partition. */
    private static long committed(EmbeddedKafka kafka, JobConfig config) throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets(config.groupId())
                    .partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream()
                    .filter(e -> config.inputTopics().containsValue(e.getKey().topic()))
                    .filter(e -> e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset())
                    .sum();
        }
    }

    /**
     * One valid record on every input partition, a day after the history's end, so that the
     * watermark passes every window of the history; a segment and customers of their own.
     */
    private static int sendPastTheEnd(EmbeddedKafka kafka, JobConfig config, long time)
            throws Exception {
        String at = Instant.ofEpochMilli(time).toString();
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(0)) {
            for (int p = 0; p < PARTITIONS; p++) {
                String customer = "\"customer_id\":\"end-" + p + "\"";
                Map<InputKind, String> records = Map.of(
                        InputKind.FEEDBACK, "{\"event_id\":\"end-fb-" + p + "\",\"timestamp\":\"" + at
                                + "\"," + customer + ",\"nps\":10,\"channel\":\"end\"}",
                        InputKind.REVIEWS, "{\"event_id\":\"end-rv-" + p + "\",\"timestamp\":\"" + at
                                + "\",\"rating\":5,\"text\":\"fine\",\"source\":\"end\"}",
                        InputKind.INTERACTIONS, "{\"event_id\":\"end-ix-" + p + "\",\"timestamp\":\""
                                + at + "\"," + customer + ",\"type\":\"usage\"}",
                        InputKind.ACCOUNTS, "{\"event_id\":\"end-ac-" + p + "\",\"timestamp\":\"" + at
                                + "\"," + customer + ",\"tier\":\"standard\",\"annual_value\":0,"
                                + "\"updated_at\":\"" + at + "\"}");
                for (Map.Entry<InputKind, String> r : records.entrySet()) {
                    producer.send(new ProducerRecord<>(config.inputTopics().get(r.getKey()), p,
                            null, r.getValue().getBytes(StandardCharsets.UTF_8))).get();
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The event ids of every feedback and review of the history and past its end, sorted. */
    private static List<String> scoredIds(History history) {
        List<String> ids = new ArrayList<>();
        for (InputLine line : history.lines()) {
            if (line.kind() == InputKind.FEEDBACK || line.kind() == InputKind.REVIEWS) {
                ids.add(OutputReader.parse(line.json().getBytes(StandardCharsets.UTF_8))
                        .get("event_id").asText());
            }
        }
        for (int p = 0; p < PARTITIONS; p++) {
            ids.add("end-fb-" + p);
            ids.add("end-rv-" + p);
        }
        return ids.stream().sorted().toList();
    }

    /** The history as the backfill's files, each in the order its partitions hold it. */
    private static Path backfillInput(Path input, JobConfig config, List<List<InputLine>> partitions)
            throws Exception {
        Files.createDirectories(input);
        Map<InputKind, List<String>> files = new HashMap<>();
        for (List<InputLine> partition : partitions) {
            for (InputLine line : partition) {
                files.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line.json());
            }
        }
        for (Map.Entry<InputKind, List<String>> file : files.entrySet()) {
            Files.write(input.resolve(config.inputTopics().get(file.getKey()) + ".jsonl"),
                    file.getValue(), StandardCharsets.UTF_8);
        }
        return input;
    }

    /** The savepoint path {@code cx-pulse stop} printed on its own line. */
    private static String savepointIn(String said) {
        Matcher m = Pattern.compile("(?m)^(/\\S+)$").matcher(said);
        assertTrue(m.find(), said);
        return m.group(1);
    }
}
