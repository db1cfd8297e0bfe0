package io.cxpulse.jobs.kafka;

import io.cxpulse.jobs.JobConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * Checks, before the job starts, that its Kafka cluster answers, accepts its credentials, holds
 * its twelve topics and lets it read and write them. Within seconds it says which brokers it
 * cannot reach, that authentication failed (user and mechanism, never a secret), which topics
 * are missing or which permissions are denied; it keeps looking and saying so until
 * {@code startup.timeout}, then gives up. Authentication failures end it at once.
 */
public final class KafkaPreflight implements AutoCloseable {
    /** How long one look waits for an answer. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** The same problem is said again this often while it lasts. */
    private static final Duration REPEAT_EVERY = Duration.ofSeconds(5);

    /** Why a look failed; {@code fatal} when looking again cannot help. */
    private static final class Problem extends Exception {
        final boolean fatal;

        Problem(String message, boolean fatal) {
            super(message);
            this.fatal = fatal;
        }
    }

    private interface Look {
        String take() throws Problem;
    }

    private final JobConfig config;
    private final PrintStream err;
    private final List<String> brokers;
    private Admin admin;
    private List<String> toldUnreachable = List.of();

    private KafkaPreflight(JobConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
        this.brokers = BrokerAddresses.parse(config.bootstrapServers());
    }

    /**
     * Whether the job may start: true at once with {@code startup.timeout} 0, otherwise once
     * every check passes; false (after saying why on {@code err}) when they do not pass in time.
     */
    public static boolean check(JobConfig config, PrintStream err) {
        if (config.startupTimeout().isZero()) {
            return true;
        }
        err.println("cx-pulse: checking Kafka at " + config.bootstrapServers()
                + " before starting (for up to startup.timeout " + config.startupTimeout().toSeconds() + " s)");
        try (KafkaPreflight preflight = new KafkaPreflight(config, err)) {
            return preflight.until(() -> {
                preflight.reachBrokers();
                preflight.inspectAccess();
                return "Kafka at " + config.bootstrapServers() + " answers; the job's "
                        + TopicPlan.of(config).topics().size() + " topics are there and open to it";
            });
        }
    }

    /** {@link #check}, failing with the reason when it does not pass: for the job's {@code main}. */
    public static void require(JobConfig config, PrintStream err) {
        if (!check(config, err)) {
            throw new IllegalStateException("Kafka pre-flight failed at " + config.bootstrapServers()
                    + " (see above); not starting the job");
        }
    }

    /**
     * An Admin client on a cluster that answered within {@code startup.timeout}, having said
     * what was wrong meanwhile; empty, after saying why, when it never did. The caller closes it.
     */
    public static Optional<Admin> connect(JobConfig config, PrintStream err) {
        KafkaPreflight preflight = new KafkaPreflight(config, err);
        if (preflight.until(() -> {
            preflight.reachBrokers();
            return "Kafka at " + config.bootstrapServers() + " answers";
        })) {
            return Optional.of(preflight.admin);
        }
        preflight.close();
        return Optional.empty();
    }

    private boolean until(Look look) {
        Duration timeout = config.startupTimeout().isZero() ? ANSWER_TIMEOUT : config.startupTimeout();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String said = null;
        long saidAt = 0;
        while (true) {
            try {
                err.println("cx-pulse: " + look.take());
                return true;
            } catch (Problem problem) {
                long now = System.nanoTime();
                if (problem.fatal) {
                    err.println("cx-pulse: " + problem.getMessage());
                    return false;
                }
                if (now >= deadline) {
                    err.println("cx-pulse: giving up after startup.timeout " + timeout.toSeconds()
                            + " s: " + problem.getMessage());
                    return false;
                }
                if (!problem.getMessage().equals(said) || now - saidAt >= REPEAT_EVERY.toNanos()) {
                    err.printf("cx-pulse: %s (%.0f s, retrying until startup.timeout %d s)%n",
                            problem.getMessage(), (now - start) / 1e9, timeout.toSeconds());
                    said = problem.getMessage();
                    saidAt = now;
                }
                sleep(Math.min(TimeUnit.SECONDS.toNanos(1), deadline - now));
            }
        }
    }

    private void reachBrokers() throws Problem {
        List<String> unreachable = BrokerAddresses.unreachable(brokers, CONNECT_TIMEOUT);
        if (unreachable.size() == brokers.size()) {
            throw new Problem("cannot reach any Kafka broker: " + String.join(", ", unreachable), false);
        }
        try {
            admin().describeCluster().nodes().get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!unreachable.isEmpty() && !unreachable.equals(toldUnreachable)) {
                err.println("cx-pulse: not reachable, though others answer: " + String.join(", ", unreachable));
                toldUnreachable = unreachable;
            }
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        } catch (TimeoutException e) {
            throw new Problem("no Kafka answer within " + ANSWER_TIMEOUT.toSeconds() + " s from "
                    + config.bootstrapServers() + (unreachable.isEmpty() ? "" : "; unreachable: "
                    + String.join(", ", unreachable)) + "; connecting " + identity()
                    + ": is that the listener's security protocol?", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem("interrupted", true);
        }
    }

    private void inspectAccess() throws Problem {
        JobAccess.Findings findings;
        try {
            findings = JobAccess.inspect(admin(), config);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        } catch (Exception e) {
            throw new Problem("could not look at the topics: " + e, false);
        }
        if (findings.ok()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!findings.missingTopics().isEmpty()) {
            message.append("missing topics: ").append(String.join(", ", findings.missingTopics()))
                    .append(" (create them with: bin/cx-pulse topics --create --bootstrap.servers ")
                    .append(config.bootstrapServers()).append(")");
        }
        if (!findings.denied().isEmpty()) {
            message.append(message.isEmpty() ? "" : "; ").append(identity())
                    .append(" is denied ").append(String.join(", ", findings.denied()))
                    .append(" (the ACLs the job needs are in docs/deploy.md)");
        }
        throw new Problem(message.toString(), false);
    }

    private Problem classify(Throwable cause) {
        if (cause instanceof SslAuthenticationException) {
            return new Problem("TLS handshake with " + config.bootstrapServers() + " failed "
                    + identity() + ": " + cause.getMessage(), true);
        }
        if (cause instanceof AuthenticationException) {
            return new Problem("authentication failed at " + config.bootstrapServers() + " for "
                    + identity() + ": " + cause.getMessage(), true);
        }
        return new Problem("Kafka at " + config.bootstrapServers() + " answered with "
                + cause.getClass().getSimpleName() + ": " + cause.getMessage(), false);
    }

    private String identity() {
        return ClientIdentity.describe(config.kafkaProperties());
    }

    private Admin admin() throws Problem {
        if (admin == null) {
            Properties props = new Properties();
            props.putAll(config.kafkaProperties());
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            try {
                admin = Admin.create(props);
            } catch (KafkaException e) {
                throw new Problem("cannot start a Kafka client for " + config.bootstrapServers()
                        + ": " + e.getMessage(), false);
            }
        }
        return admin;
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
