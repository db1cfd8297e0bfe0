package io.cxpulse.jobs.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.testing.FlinkTestCluster;
import io.cxpulse.jobs.testing.InputProducer;
import io.cxpulse.jobs.testing.OutputReader;
import io.cxpulse.jobs.testing.Scenario;
import io.cxpulse.records.InputKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job on a broker with SASL (PLAIN) and an authorizer, as a user granted exactly the ACLs
 * of {@link JobAcls}, which docs/deploy.md lists: it reads every input topic and writes every
 * output topic. Users granted less are stopped by the pre-flight, which names what they lack,
 * and a job run without the transactional-id ACL fails naming it; a wrong password is named as
 * an authentication failure without the password.
 */
class KafkaAccessITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestCluster.extension();

    private static final String JOB_USER = "cx-pulse";
    /** Granted everything but the transactional ids. */
    private static final String NO_TXN_USER = "cx-pulse-no-txn";
    /** Granted everything but Write on the alerts topic, the group and the transactional ids. */
    private static final String PARTIAL_USER = "cx-pulse-partial";
    private static final String PASSWORD = "job-secret";
    private static final Scenario SCENARIO = new Scenario();

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBrokerWithAcls() throws Exception {
        kafka = EmbeddedKafka.startWithSasl("admin", "admin-secret",
                Map.of(JOB_USER, PASSWORD, NO_TXN_USER, PASSWORD, PARTIAL_USER, PASSWORD));
        JobConfig config = settings(JOB_USER, PASSWORD);
        try (Admin admin = kafka.admin()) {
            new TopicSetup(admin).createMissing(TopicPlan.of(config).withPartitions(1), Optional.of((short) 1));
            List<AclBinding> all = JobAcls.bindings(config, "User:" + JOB_USER);
            admin.createAcls(all).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(JobAcls.bindings(config, "User:" + NO_TXN_USER).stream()
                    .filter(acl -> acl.pattern().resourceType() != ResourceType.TRANSACTIONAL_ID)
                    .toList()).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(JobAcls.bindings(config, "User:" + PARTIAL_USER).stream()
                    .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC)
                    .filter(acl -> !acl.pattern().name().equals(config.alerts().topic()))
                    .toList()).all().get(30, TimeUnit.SECONDS);
        }
        for (InputKind kind : InputKind.values()) {
            InputProducer.sendKeyed(kafka, config.inputTopics().get(kind), SCENARIO.lines.get(kind));
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        kafka.close();
    }

    @Test
    void theJobReadsAndWritesEveryTopicWithOnlyTheDocumentedAcls() throws Exception {
        JobConfig config = settings(JOB_USER, PASSWORD);
        String said = preflight(config, true);
        assertTrue(said.contains("topics are there and open to it"), said);

        runBounded(config);

        for (String topic : config.outputTopics()) {
            assertFalse(OutputReader.readAll(kafka.clientProperties(), topic).isEmpty(),
                    "nothing written to " + topic);
        }
        assertEquals(SCENARIO.validFeedback() + SCENARIO.validReviews,
                OutputReader.readAll(kafka.clientProperties(), config.scoredTopic()).size());
        assertEquals(SCENARIO.bad.size(),
                OutputReader.readAll(kafka.clientProperties(), config.deadLetterTopic()).size());
    }

    @Test
    void thePreflightNamesEveryPermissionTheUserLacks() {
        JobConfig config = settings(PARTIAL_USER, PASSWORD);
        String said = preflight(config, false);
        assertTrue(said.contains("user \"" + PARTIAL_USER + "\" with SASL mechanism PLAIN over SASL_PLAINTEXT is denied "
                + "Write on topic " + config.alerts().topic() + ", Read on consumer group "
                + config.groupId() + ", Write on transactional ids prefixed "
                + config.transactionalIdPrefix()), said);
        assertTrue(said.contains("giving up after startup.timeout 3 s"), said);
    }

    @Test
    void withoutTheTransactionalIdAclTheJobFailsNamingIt() {
        JobConfig config = settings(NO_TXN_USER, PASSWORD);
        String said = preflight(config, false);
        assertTrue(said.contains("is denied Write on transactional ids prefixed cx-pulse"), said);

        Exception failure = assertThrows(Exception.class, () -> runBounded(config));
        assertTrue(ExceptionUtils.findThrowable(failure, TransactionalIdAuthorizationException.class)
                .isPresent(), ExceptionUtils.stringifyException(failure));
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureOfThatUser() {
        String wrong = "not-the-" + PASSWORD;
        long started = System.nanoTime();
        String said = preflight(settings(JOB_USER, wrong), false);
        assertTrue(said.contains("authentication failed at " + kafka.bootstrapServers() + " for user \""
                + JOB_USER + "\" with SASL mechanism PLAIN over SASL_PLAINTEXT"), said);
        assertFalse(said.contains(wrong), "the password was printed: " + said);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3),
                "an authentication failure is final, not retried until startup.timeout");
    }

    private static void runBounded(JobConfig config) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(CxPulseJob.jobSettings());
        env.setParallelism(2);
        CxPulseJob.build(env, config, true);
        env.execute("cx-pulse with ACLs");
    }

    /** Runs the pre-flight, asserts whether it passed and returns what it said. */
    private static String preflight(JobConfig config, boolean passes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean passed = KafkaPreflight.check(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(passes, passed, said);
        return said;
    }

    private static JobConfig settings(String user, String password) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "checkpoint.interval", "1s",
                "starting.offsets", "earliest",
                "startup.timeout", "3s"));
        EmbeddedKafka.saslPlain(user, password).forEach((key, value) ->
                settings.put(JobConfig.KAFKA_PREFIX + key, value.toString()));
        return JobConfig.from(ParameterTool.fromMap(settings));
    }
}
