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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * producer writes sample-like feedback and reviews at a fixed rate with event time = now, and
 * every 100 ms a probe review threatening a lawyer from a new customer. A read_committed
 * consumer of the alerts topic measures, per probe, from just before the probe is sent to the
 * moment its escalation alert is read. Probes of the first {@code warmup} seconds are left out.
 *
 * <p>Usage: {@code AlertLatencyBench [--rate 10000] [--seconds 60] [--warmup 20]
 * [--parallelism 2] [--sample-data sample-data]}
 */
public final class AlertLatencyBench {
    private static final String PROBE_TEXT =
            "Nobody fixes my line, I will take legal action and call my lawyer";

    private AlertLatencyBench() {}

    public static void main(String[] args) throws Exception {
        run(args);
        System.exit(0);
    }

    /** Runs the bench with {@code --rate --seconds --warmup --parallelism --sample-data}. */
    public static void run(String[] args) throws Exception {
        ParameterTool p = ParameterTool.fromArgs(args);
        int rate = p.getInt("rate", 10_000);
        int seconds = p.getInt("seconds", 60);
        int warmup = p.getInt("warmup", 20);
        int parallelism = p.getInt("parallelism", 2);
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

            // the account join holds each response until the watermark (out.of.orderness, 5 min)
            // passes it: at 7,500 responses/s that is more state than in-memory checkpoints take
            org.apache.flink.configuration.Configuration flink = CxPulseJob.flinkSettings();
            Path checkpoints = Files.createTempDirectory("alert-bench-checkpoints-");
            flink.setString("execution.checkpointing.storage", "filesystem");
            flink.setString("execution.checkpointing.dir", checkpoints.toUri().toString());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                    parallelism, flink);
            CxPulseJob.build(env, config, false);
            JobClient job = env.executeAsync("cx-pulse alert latency bench");

            Map<String, Long> sent = new ConcurrentHashMap<>();
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean done = new AtomicBoolean();
            Thread reader = new Thread(() -> read(kafka, settings.topic(), sent, latencies, done), "alert-reader");
            reader.start();
            long produced = produce(kafka, config, sample, rate, seconds, warmup, sent);
            Thread.sleep(5_000);
            done.set(true);
            reader.join();
            job.cancel().get();

            List<Long> inOrder = new ArrayList<>(latencies);
            System.out.println("latencies in arrival order (ms), every 20th: " + java.util.stream.IntStream
                    .range(0, inOrder.size()).filter(i -> i % 20 == 0).mapToObj(inOrder::get).toList());
            long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long probes = sent.keySet().stream().filter(k -> !k.startsWith("warm")).count();
            System.out.printf("%,d events in %ds (%,d/s target %,d/s), parallelism %d%n",
                    produced, seconds, produced / seconds, rate, parallelism);
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

    private static long produce(EmbeddedKafka kafka, JobConfig config, Path sample, int rate,
            int seconds, int warmup, Map<String, Long> sent) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> feedback = templates(mapper, sample.resolve("cx.feedback.jsonl"), "nps");
        List<ObjectNode> reviews = templates(mapper, sample.resolve("cx.reviews.jsonl"), "rating");
        String feedbackTopic = config.inputTopics().get(InputKind.FEEDBACK);
        String reviewTopic = config.inputTopics().get(InputKind.REVIEWS);
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        long count = 0;
        int probe = 0;
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(1)) {
            while (count < total) {
                long due = start + count * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long now = System.currentTimeMillis();
                boolean isReview = count % 4 == 0;
                ObjectNode event = (isReview ? reviews : feedback)
                        .get((int) ((count / 4) % (isReview ? reviews.size() : feedback.size()))).deepCopy();
                event.put("event_id", "b-" + count);
                event.put("timestamp", Timestamps.format(now));
                producer.send(new ProducerRecord<>(isReview ? reviewTopic : feedbackTopic,
                        mapper.writeValueAsBytes(event)));
                count++;
                if (count % (rate / 10) == 0) {            // a probe every 100 ms
                    String id = ((now - startMillis(start)) < warmup * 1000L ? "warm" : "P") + (probe++);
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

    private static long startMillis(long startNanos) {
        return System.currentTimeMillis() - (System.nanoTime() - startNanos) / 1_000_000;
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
                            if (at != null && id.startsWith("P")) {
                                latencies.add(readAt - at);
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static List<ObjectNode> templates(ObjectMapper mapper, Path file, String required)
            throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            try {
                JsonNode n = mapper.readTree(line);
                if (n.isObject() && n.path(required).isInt() && n.path("timestamp").isTextual()) {
                    out.add((ObjectNode) n);
                }
            } catch (Exception e) {
                // malformed sample lines are not templates
            }
        }
        return Arrays.asList(out.toArray(new ObjectNode[0]));
    }
}
