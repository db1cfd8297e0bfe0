package io.cxpulse.jobs.bench;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.io.TempFolders;
import io.cxpulse.records.InputKind;
import io.cxpulse.serde.Timestamps;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka-to-Kafka throughput of the whole job, exactly once, on an in-process broker, against a
 * passthrough job over the same topics, with production-like input ({@link BenchInput}) written
 * once and read from the start by every run with a new consumer group. Each run measures the job
 * with each state backend, then the passthrough; the first run is a cold JVM, later ones are
 * warm. It reports records per second of job run time, each task's busy time from Flink's
 * metrics, and with {@code profile} a JFR profile of the last run of each state backend.
 */
public final class PipelineBench {
    /** Event time starts here and spans {@link #DAYS} days, in order up to {@link #JITTER_MS}. */
    static final long START = Timestamps.parseIso("2026-03-02T00:00:00Z");
    static final int DAYS = 14;
    /** Below {@code out.of.orderness.fast} (1 s): out of order, never late. */
    static final int JITTER_MS = 800;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** What to run: the options of {@code cx-pulse bench}. */
    /**
     * @param jobSettings job settings that replace the bench's and the defaults for the job
     *     runs, e.g. {@code checkpoint.interval} or {@code dedup.horizon}
     */
    public record Settings(int records, int customers, int runs, int parallelism,
            List<String> stateBackends, boolean profile, Map<String, String> jobSettings) {}

    private final PrintStream out;

    public PipelineBench(PrintStream out) {
        this.out = out;
    }

    /**
     * The managed memory of the bench's TaskManager with RocksDB state: what a TaskManager of
     * about 3 GB gives it by default (40%). Every keyed operator of a slot has its own RocksDB
     * instance, and they share the slot's part for write buffers and block cache; local
     * execution's default (128 MB for all of them) makes RocksDB flush and compact far more
     * often than a deployed job's.
     */
    static final String ROCKSDB_MANAGED_MEMORY = "1gb";

    public void run(Path sampleDir, Settings s) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig topics = config(kafka, "bench-setup", s.jobSettings());
            kafka.createTopics(topics.inputTopics().values(), s.parallelism());
            kafka.createTopics(topics.outputTopics(), s.parallelism());
            long started = System.nanoTime();
            Map<InputKind, Long> counts = produce(kafka, topics,
                    new BenchInput(sampleDir, s.customers(), 20260302L), s.records(), 7L);
            out.printf("%,d records for %,d customers over %d days of event time, keyed by"
                            + " customer, written in %.1f s: %s%n",
                    s.records(), s.customers(), DAYS, (System.nanoTime() - started) / 1e9, counts);
            out.printf("parallelism %d, %d partitions per topic, exactly-once sink, checkpoints"
                            + " every %ss; bounded source, so no watermark alignment; RocksDB with"
                            + " incremental checkpoints and %s of managed memory%n",
                    s.parallelism(), s.parallelism(), topics.checkpointInterval().toSeconds(),
                    ROCKSDB_MANAGED_MEMORY);
            if (!s.jobSettings().isEmpty()) {
                out.printf("job settings for every run: %s%n", s.jobSettings());
            }
            out.printf("%-4s %-8s %24s %24s %7s%n", "run", "state", "cx-pulse", "passthrough", "ratio");
            for (int run = 1; run <= s.runs(); run++) {
                for (String backend : s.stateBackends()) {
                    boolean last = run == s.runs();
                    String name = run + "-" + backend;
                    Profile profile = last && s.profile()
                            ? Profile.start(TempFolders.create("cx-pulse-profile-")
                                    .resolve("bench-" + backend + ".jfr"))
                            : null;
                    BusyTimeReporter.reset();
                    long cpuBefore = processCpuNanos();
                    double job = seconds(s.parallelism(), backend,
                            config(kafka, "bench-job-" + name, s.jobSettings()),
                            (env, c) -> CxPulseJob.build(env, c, true));
                    Map<String, Map<String, Long>> busy = BusyTimeReporter.totals();
                    double cpu = (processCpuNanos() - cpuBefore) / 1e9;
                    if (profile != null) {
                        try (profile) {
                            profile.printTop(out, 20, "profile of run " + run + ", " + backend);
                        }
                    }
                    double base = seconds(s.parallelism(), "hashmap",
                            config(kafka, "bench-pass-" + name, s.jobSettings()), Passthrough::build);
                    out.printf("%-4s %-8s %,13.0f rec/s %6.1fs %,13.0f rec/s %6.1fs %6.2fx%n",
                            run == 1 && backend.equals(s.stateBackends().get(0)) ? "1 cold" : run,
                            backend, s.records() / job, job, s.records() / base, base, job / base);
                    if (last) {
                        BusyTable.print(out, String.format("run %s, %s: the whole process used"
                                + " %.0f CPU s (%.0f%% of %d cores); busy time per task", run,
                                backend, cpu, 100 * cpu / job / CORES, CORES), busy, job);
                    }
                }
            }
        }
    }

    /** Writes the input, keyed by customer, in event-time order up to the jitter. */
    static Map<InputKind, Long> produce(EmbeddedKafka kafka, JobConfig topics, BenchInput input,
            int records, long seed) {
        Map<InputKind, Long> counts = new EnumMap<>(InputKind.class);
        SplittableRandom jitter = new SplittableRandom(seed);
        double step = DAYS * 86_400_000.0 / records;
        try (KafkaProducer<byte[], byte[]> producer = bulkProducer(kafka)) {
            for (int i = 0; i < records; i++) {
                long time = START + (long) (i * step) - jitter.nextInt(JITTER_MS);
                BenchInput.Line line = input.next(time);
                counts.merge(line.kind(), 1L, Long::sum);
                producer.send(new ProducerRecord<>(topics.inputTopics().get(line.kind()),
                        line.key(), line.value()));
            }
        }
        return counts;
    }

    /** CPU time of this JVM: the job, the broker, garbage collection and compilation. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A producer that sends large batches: the input is written as fast as the broker takes it. */
    private static KafkaProducer<byte[], byte[]> bulkProducer(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "50");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(256L * 1024 * 1024));
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static double seconds(int parallelism, String stateBackend, JobConfig config,
            BiConsumer<StreamExecutionEnvironment, JobConfig> job) throws Exception {
        Configuration settings = CxPulseJob.localSettings();
        settings.setString("state.backend.type", stateBackend);
        if (stateBackend.equals("rocksdb")) {
            settings.setString("execution.checkpointing.incremental", "true");
            settings.setString("taskmanager.memory.managed.size", ROCKSDB_MANAGED_MEMORY);
        }
        BusyTimeReporter.register(settings);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(parallelism, settings);
        job.accept(env, config);
        JobExecutionResult result = env.execute("cx-pulse bench");
        return result.getNetRuntime() / 1000.0;
    }

    private static JobConfig config(EmbeddedKafka kafka, String name, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(more);
        settings.putAll(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "group.id", name,
                "transactional.id.prefix", name,
                "starting.offsets", "earliest"));
        return JobConfig.from(ParameterTool.fromMap(settings));
    }
}
