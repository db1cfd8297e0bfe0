package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.embedded.EmbeddedKafka;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/cx-pulse run} as a user starts it, its own JVM, against Kafka that is not ready for
 * it: it says within seconds what is wrong and exits with an error instead of running on in
 * silence.
 */
class PreflightCliITCase {

    @Test
    void aBrokerThatDoesNotAnswerIsNamedWithinSecondsAndRunGivesUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String broker = "127.0.0.1:" + port;
        CliProcess run = CliProcess.start("run", "--bootstrap.servers", broker, "--startup.timeout", "5s");
        int exit = run.await(Duration.ofSeconds(60));
        String printed = run.printed();
        assertEquals(1, exit, printed);
        Duration checking = firstLine(run, "checking Kafka at " + broker);
        Duration named = firstLine(run, "cannot reach any Kafka broker: " + broker + " (");
        assertTrue(named.minus(checking).compareTo(Duration.ofSeconds(3)) < 0, printed);
        assertTrue(printed.contains("giving up after startup.timeout 5 s: cannot reach any Kafka broker: "
                + broker), printed);
        assertFalse(printed.contains("Flink web UI"), "the job started: " + printed);
    }

    /** When the first line holding {@code text} came. */
    private static Duration firstLine(CliProcess run, String text) {
        return run.lines().stream()
                .filter(l -> l.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with \"" + text + "\":\n" + run.printed()))
                .at();
    }

    @Test
    void missingTopicsAreNamedWithTheCommandThatCreatesThem() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(java.util.List.of("cx.feedback", "cx.scored"), 1);
            CliProcess run = CliProcess.start("run", "--bootstrap.servers", kafka.bootstrapServers(),
                    "--startup.timeout", "2s");
            int exit = run.await(Duration.ofSeconds(60));
            String printed = run.printed();
            assertEquals(1, exit, printed);
            assertTrue(printed.contains("missing topics: cx.reviews, cx.interactions, cx.accounts, "
                    + "cx.rollups.nps, cx.rollups.reviews, cx.rollups.drivers, cx.customer-signals, "
                    + "cx.rollups.retention, cx.alerts, cx.deadletter (create them with: "
                    + "bin/cx-pulse topics --create --bootstrap.servers " + kafka.bootstrapServers()
                    + ")"), printed);
        }
    }

    @Test
    void aWrongPasswordIsNamedAsAFailedLoginOfThatUser() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startWithSasl("admin", "admin-secret",
                Map.of("cx-pulse", "the-right-one"))) {
            String jaas = EmbeddedKafka.saslPlain("cx-pulse", "a-wrong-one").getProperty("sasl.jaas.config");
            CliProcess run = CliProcess.start("run", "--bootstrap.servers", kafka.bootstrapServers(),
                    "--kafka.security.protocol", "SASL_PLAINTEXT", "--kafka.sasl.mechanism", "PLAIN",
                    "--kafka.sasl.jaas.config", jaas, "--startup.timeout", "30s");
            int exit = run.await(Duration.ofSeconds(60));
            String printed = run.printed();
            assertEquals(1, exit, printed);
            assertTrue(printed.contains("authentication failed at " + kafka.bootstrapServers()
                    + " for user \"cx-pulse\" with SASL mechanism PLAIN over SASL_PLAINTEXT"), printed);
            assertFalse(printed.contains("a-wrong-one"), "the password was printed: " + printed);
            assertFalse(printed.contains("retrying"), "a failed login is final: " + printed);
        }
    }
}
