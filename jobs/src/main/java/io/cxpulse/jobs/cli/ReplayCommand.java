package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.ConfigLoader;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.demo.SampleReplayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code cx-pulse replay}: the sample data into the input topics of a running Kafka cluster, as
 * the demo replays it into its own broker: verbatim, in arrival order, paced over a given time.
 * Topic names and Kafka client settings ({@code kafka.*}) come from the job settings.
 */
final class ReplayCommand {
    private static final Set<String> OWN = Set.of("sample-data", "replay-seconds");

    private ReplayCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), OWN, true);
        options.require("bootstrap.servers");
        JobConfig config = JobConfig.from(ConfigLoader.load(options.without(OWN)));
        Path home = Path.of(System.getProperty("cx.pulse.home", "."));
        Path samples = Path.of(options.get("sample-data", home.resolve("sample-data").toString()));
        if (!Files.isDirectory(samples)) {
            throw new UsageException("sample data folder not found: " + samples.toAbsolutePath());
        }
        Duration pace = Duration.ofSeconds(Long.parseLong(options.get("replay-seconds", "60")));
        SampleReplayer replayer = SampleReplayer.load(samples, config.inputTopics());
        System.out.printf("Replaying %,d records from %s to %s over about %d s%n",
                replayer.size(), samples, config.bootstrapServers(), pace.toSeconds());
        long started = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(config))) {
            replayer.replay(producer, pace, t -> { });
        }
        System.out.printf("Replayed %s in %.1f s%n", replayer.countsPerKind(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static Properties producerSettings(JobConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafkaProperties());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return props;
    }
}
