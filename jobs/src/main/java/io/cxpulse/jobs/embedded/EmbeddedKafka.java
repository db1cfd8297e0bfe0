package io.cxpulse.jobs.embedded;

import io.cxpulse.jobs.io.TempFolders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) inside this JVM, on
 * random loopback ports, with its data in a temporary folder removed on close. For the demo and
 * the integration tests; production runs a Kafka cluster.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    /** What the broker's clients need besides the address: the super user's login, if any. */
    private final Properties clientSecurity;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(Path logDir, KafkaRaftServer server, String bootstrapServers,
            Properties clientSecurity) {
        this.logDir = logDir;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clientSecurity = clientSecurity;
    }

    /** Formats a fresh log folder, starts the broker and waits until it answers. */
    public static EmbeddedKafka start() throws Exception {
        return start("PLAINTEXT", Map.of(), new Properties());
    }

    /**
     * As {@link #start()}, with clients authenticated by SASL PLAIN (over a plaintext
     * connection) and authorized by ACLs (KRaft's {@code StandardAuthorizer}): {@code superUser}
     * may do anything, and is who {@link #admin()} and {@link #producer} log in as; each of
     * {@code users} (name to password) only what ACLs grant it.
     */
    public static EmbeddedKafka startWithSasl(
            String superUser, String superPassword, Map<String, String> users) throws Exception {
        StringBuilder logins = new StringBuilder(plainLogin(superUser, superPassword));
        logins.setLength(logins.length() - 1);
        logins.append(" user_").append(superUser).append("=\"").append(superPassword).append('"');
        users.forEach((user, password) ->
                logins.append(" user_").append(user).append("=\"").append(password).append('"'));
        Map<String, String> broker = new HashMap<>();
        broker.put("sasl.enabled.mechanisms", "PLAIN");
        broker.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        broker.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", logins + ";");
        broker.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        // the controller listener is plaintext: its peer, this node's broker, is ANONYMOUS
        broker.put("super.users", "User:" + superUser + ";User:ANONYMOUS");
        return start("SASL_PLAINTEXT", broker, saslPlain(superUser, superPassword));
    }

    /** Client properties logging in as {@code user} by SASL PLAIN over a plaintext connection. */
    public static Properties saslPlain(String user, String password) {
        Properties props = new Properties();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "PLAIN");
        props.put("sasl.jaas.config", plainLogin(user, password));
        return props;
    }

    private static String plainLogin(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + password + "\";";
    }

    private static EmbeddedKafka start(String protocol, Map<String, String> security,
            Properties clientSecurity) throws Exception {
        Path logDir = TempFolders.create("cx-pulse-kafka-");
        int brokerPort = freePort();
        int controllerPort = freePort();
        Map<String, String> props = new HashMap<>(security);
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners",
                protocol + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", protocol + "://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", protocol);
        props.put("listener.security.protocol.map",
                protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "2");
        // a single broker: internal topics cannot have more replicas than that
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));

        format(logDir);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedKafka kafka =
                new EmbeddedKafka(logDir, server, "127.0.0.1:" + brokerPort, clientSecurity);
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::closeQuietly, "embedded-kafka-stop"));
        kafka.awaitReady(Duration.ofSeconds(60));
        return kafka;
    }

    private static void format(Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .run();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker did not start", e);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The address and, on a broker with SASL, the super user's login: for any client. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(clientSecurity);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    public Admin admin() {
        return Admin.create(clientProperties());
    }

    /** A producer of raw bytes, batching for up to {@code lingerMs}. */
    public KafkaProducer<byte[], byte[]> producer(int lingerMs) {
        Properties props = clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(lingerMs));
        return new KafkaProducer<>(props);
    }

    /** Creates topics with the given number of partitions, waiting until they exist. */
    public void createTopics(Collection<String> names, int partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(names.stream()
                            .map(name -> new NewTopic(name, partitions, (short) 1))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // exiting anyway
        }
    }

    /** Stops the broker and deletes its data; safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        try (Stream<Path> paths = Files.walk(logDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
