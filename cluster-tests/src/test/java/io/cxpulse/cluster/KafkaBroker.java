package io.cxpulse.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * A Kafka broker in its own JVM, as production runs one: a combined KRaft node from the Kafka
 * jars, its log dir formatted with {@code kafka-storage format}, on loopback ports.
 */
final class KafkaBroker implements AutoCloseable {
    /** Room for the corpus' records above the input limit (about 2 MB), which must reach the job. */
    static final int MAX_MESSAGE_BYTES = 8 << 20;

    private final JavaProcess process;
    private final String bootstrapServers;

    private KafkaBroker(JavaProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(Path lib, Path dir) throws Exception {
        Files.createDirectories(dir);
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                "num.partitions=2",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                "") , StandardCharsets.UTF_8);
        List<String> jvm = List.of("-Xmx512m", "-Xms256m",
                "-Dlog4j2.configurationFile=" + Log4jFiles.write(dir, "broker").toAbsolutePath());
        int formatted = JavaProcess.start("storage-format", lib, jvm, "kafka.tools.StorageTool",
                List.of("format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", config.toString()), dir, Map.of())
                .await(120);
        if (formatted != 0) {
            throw new IllegalStateException("kafka-storage format failed: see " + dir.resolve("storage-format.out"));
        }
        JavaProcess broker = JavaProcess.start("broker", lib, jvm, "kafka.Kafka",
                List.of(config.toString()), dir, Map.of());
        KafkaBroker started = new KafkaBroker(broker, "127.0.0.1:" + port);
        started.awaitReady(Duration.ofSeconds(90));
        return started;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker stopped: see " + process.log());
            }
            try (Admin admin = Admin.create(adminProperties())) {
                admin.describeCluster().nodes().get(5, java.util.concurrent.TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not answer: see " + process.log(), notYet);
                }
                Thread.sleep(500);
            }
        }
    }

    Properties adminProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("request.timeout.ms", "5000");
        props.put("default.api.timeout.ms", "10000");
        return props;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
