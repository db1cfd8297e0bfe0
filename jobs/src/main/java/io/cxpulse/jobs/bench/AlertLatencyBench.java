package io.cxpulse.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.alerts.AlertSettings;
import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.records.InputKind;
import io.cxpulse.serde.Timestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Alert latency on an in-process broker: the whole job with alerts runs on a local Flink; a
 * producer writes production-like input ({@link BenchInput}: survey responses, reviews,
 * interactions and account updates in the sample data's proportions, keyed by one of
 * {@code customers} customers) at a fixed rate with event time = now, and every 100 ms a probe
 * review threatening a lawyer from a new customer. A read_committed
 * consumer of the alerts topic measures, per probe, from just before the probe is sent to the
 * moment its escalation alert is read. Probes of the first {@code warmup} seconds, while the rate
 * ramps up from 30% to the full rate, are left out.
 *
 * <p>Usage: {@code AlertLatencyBench [--rate 10000] [--seconds 60] [--warmup 30]
 * [--parallelism 2] [--customers 50000] [--sample-data sample-data]}
 */
public final class AlertLatencyBench {
    private static final String PROBE_TEXT =
            "Nobody fixes my line, I will take legal action and call my lawyer";

    private static final Progress PROGRESS = new Progress();
    private AlertLatencyBench() {}

    /** What the reader has seen so far, for a progress line every 10 seconds. */
    private static final class Progress {
        final java.util.concurrent.atomic.AtomicInteger alerted = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong newestLatency = new java.util.concurrent.atomic.AtomicLong(-1);

        void print(long elapsedSeconds, long produced, int probes) {
            System.out.printf("%4ds  %,d events sent, %d of %d probes alerted, newest in %,d ms%n",
                    elapsedSeconds, produced, alerted.get(), probes, newestLatency.get());
        }
    }

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0);
    }

    /**
     * Runs the bench with {@code --rate --seconds --warmup --parallelism --customers
     * --sample-data}.
     */
    public static void run(String[] args) throws Exception {
        ParameterTool p = ParameterTool.fromArgs(args);
        int rate = p.getInt("rate", 10_000);
        int seconds = p.getInt("seconds", 60);
        int warmup = p.getInt("warmup", 30);
        int parallelism = p.getInt("parallelism", 2);
        int customers = p.getInt("customers", 50_000);
        Path sample = Path.of(p.get("sample-data", System.getProperty("cx.pulse.home", ".") + "/sample-data"));

        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            JobConfig config = JobConfig.from(ParameterTool.fromMap(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(), "group.id", "alert-bench",
                    "transactional.id.prefix", "alert-bench", "starting.offsets", "earliest",
                    "alerts.storm.max-opens-per-hour", "1000000")));
            AlertSettings settings = config.alerts();
            List<String> inputs = List.copyOf(config.inputTopics().values());
            kafka.createTopics(inputs, parallelism);
            kafka.createTopics(config.outputTopics(), parallelism);

            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                    parallelism, CxPulseJob.localSettings());
            CxPulseJob.build(env, config, false);
            JobClient job = env.executeAsync("cx-pulse alert latency bench");

            Map<String, Long> sent = new ConcurrentHashMap<>();
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean done = new AtomicBoolean();
            Thread reader = new Thread(() -> read(kafka, settings.topic(), sent, latencies, done), "alert-reader");
            reader.start();
            long produced = produce(kafka, config, sample, customers, rate, seconds, warmup, sent);
            // a job that fell behind still alerts the last probes: wait up to a minute for them
            long probesSent = sent.keySet().stream().filter(k -> k.startsWith("P")).count();
            long waitUntil = System.currentTimeMillis() + 60_000;
            Thread.sleep(5_000);
            while (latencies.size() < probesSent && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(200);
            }
            done.set(true);
            reader.join();
            job.cancel().get();

            List<Long> inOrder = new ArrayList<>(latencies);
            System.out.println("latencies in arrival order (ms), every 20th: " + java.util.stream.IntStream
                    .range(0, inOrder.size()).filter(i -> i % 20 == 0).mapToObj(inOrder::get).toList());
            long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long probes = sent.keySet().stream().filter(k -> !k.startsWith("warm")).count();
            System.out.printf("%,d events in %ds (%d s ramping up, then %,d/s), parallelism %d%n",
                    produced, seconds + 3, warmup, rate, parallelism);
            System.out.printf("alert latency, event sent -> escalation alert read (read_committed),"
                    + " %d of %d probes after %ds warm-up:%n", l.length, probes, warmup);
            if (l.length > 0) {
                System.out.printf("p50 %d ms   p99 %d ms   max %d ms%n", pct(l, 0.50), pct(l, 0.99), l[l.length - 1]);
            }
        }
    }

    private static long pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long produce(EmbeddedKafka kafka, JobConfig config, Path sample, int customers,
            int rate, int seconds, int warmup, Map<String, Long> sent) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        BenchInput input = new BenchInput(sample, customers, 20260302L);
        String reviewTopic = config.inputTopics().get(InputKind.REVIEWS);
        long start = System.nanoTime();
        long warmupNanos = warmup * 1_000_000_000L;
        long probesEnd = start + seconds * 1_000_000_000L;
        // three more seconds without probes move the watermark past the last probes
        long end = probesEnd + 3_000_000_000L;
        long due = start;
        long nextProbe = start + 100_000_000L;
        long nextProgress = start + 10_000_000_000L;
        long count = 0;
        int probe = 0;
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(1)) {
            while (due < end) {
                // the warm-up ramps from 30% to the full rate, so that a cold JVM is not
                // buried in backlog before the measurement starts
                double share = warmupNanos == 0 ? 1.0
                        : Math.min(1.0, 0.3 + 0.7 * (due - start) / (double) warmupNanos);
                due += (long) (1_000_000_000L / (rate * share));
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long now = System.currentTimeMillis();
                BenchInput.Line line = input.next(now);
                producer.send(new ProducerRecord<>(config.inputTopics().get(line.kind()),
                        line.key(), line.value()));
                count++;
                if (due >= nextProgress) {
                    PROGRESS.print((nextProgress - start) / 1_000_000_000L, count, probe);
                    nextProgress += 10_000_000_000L;
                }
                if (due >= nextProbe && due < probesEnd) {   // a probe every 100 ms
                    nextProbe += 100_000_000L;
                    String id = (due - start < warmupNanos ? "warm" : "P") + (probe++);
                    ObjectNode review = mapper.createObjectNode();
                    review.put("event_id", "probe-" + id);
                    review.put("timestamp", Timestamps.format(now));
                    review.put("rating", 1);
                    review.put("text", PROBE_TEXT);
                    review.put("source", "trustpilot");
                    review.put("customer_id", id);
                    review.put("language", "en");
                    sent.put(id, System.currentTimeMillis());
                    producer.send(new ProducerRecord<>(reviewTopic, id.getBytes(StandardCharsets.UTF_8),
                            mapper.writeValueAsBytes(review)));
                }
            }
        }
        return count;
    }

    private static void read(EmbeddedKafka kafka, String topic, Map<String, Long> sent,
            List<Long> latencies, AtomicBoolean done) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("group.id", "alert-latency-reader");
        props.put("isolation.level", "read_committed");
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        ObjectMapper mapper = new ObjectMapper();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (!done.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    long readAt = System.currentTimeMillis();
                    try {
                        JsonNode alert = mapper.readTree(r.value());
                        if (alert.get("rule").asText().equals("escalation")
                                && alert.get("status").asText().equals("open")) {
                            String id = alert.get("subject").get("id").asText();
                            Long at = sent.get(id);
                            if (at != null) {
                                PROGRESS.alerted.incrementAndGet();
                                PROGRESS.newestLatency.set(readAt - at);
                                if (id.startsWith("P")) {
                                    latencies.add(readAt - at);
                                }
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
