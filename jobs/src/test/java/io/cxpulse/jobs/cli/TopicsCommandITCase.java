package io.cxpulse.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.JobConfig;
import io.cxpulse.jobs.embedded.EmbeddedKafka;
import io.cxpulse.jobs.kafka.KafkaPreflight;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cx-pulse topics} against a real broker: {@code --create} makes the twelve topics with
 * the partitions, cleanup policy and retention docs/deploy.md gives, a second run changes
 * nothing, the job's pre-flight then passes, and existing topics that differ are named and left
 * as they are. Each test names its topics with a prefix of its own through the job's
 * {@code topic.*} settings.
 */
class TopicsCommandITCase {
    private static final long WEEK_MS = 7L * 24 * 3600 * 1000;
    private static final long MONTH_MS = 30L * 24 * 3600 * 1000;

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void createMakesThePlannedTopicsOnceAndCheckThenAgrees() throws Exception {
        String said = topics(1, "a.", "--check");
        for (String topic : names("a.")) {
            assertTrue(said.contains("differs  " + topic + ": missing\n"), said);
        }

        said = topics(0, "a.", "--create");
        assertEquals(12, said.lines().filter(l -> l.startsWith("created  a.")).count(), said);
        assertTopic("a.feedback", 6, "delete", WEEK_MS);
        assertTopic("a.interactions", 12, "delete", WEEK_MS);
        assertTopic("a.accounts", 6, "compact", null);
        assertTopic("a.scored", 6, "delete", WEEK_MS);
        assertTopic("a.rollups.nps", 3, "compact", null);
        assertTopic("a.rollups.drivers", 3, "compact", null);
        assertTopic("a.customer-signals", 6, "delete", WEEK_MS);
        assertTopic("a.rollups.retention", 3, "compact", null);
        assertTopic("a.alerts", 3, "delete", MONTH_MS);
        assertTopic("a.deadletter", 3, "delete", MONTH_MS);

        said = topics(0, "a.", "--create");
        assertEquals(12, said.lines().filter(l -> l.startsWith("exists   a.")).count(), said);
        assertTrue(topics(0, "a.", "--check").contains("All 12 topics match the plan."));

        Map<String, String> settings = new HashMap<>(topicSettings("a."));
        // one broker of two is gone: the job can start, and is told which
        settings.put("bootstrap.servers", kafka.bootstrapServers() + ",127.0.0.1:1");
        ByteArrayOutputStream preflight = new ByteArrayOutputStream();
        assertTrue(KafkaPreflight.check(JobConfig.from(ParameterTool.fromMap(settings)),
                new PrintStream(preflight, true, StandardCharsets.UTF_8)), preflight.toString());
        assertTrue(preflight.toString().contains("not reachable, though others answer: 127.0.0.1:1 ("),
                preflight.toString());
    }

    @Test
    void existingTopicsThatDifferAreNamedAndLeftAsTheyAre() throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic("b.rollups.nps", 1, (short) 1),
                            new NewTopic("b.interactions", 2, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        String said = topics(1, "b.", "--create");
        assertTrue(said.contains("exists   b.rollups.nps\n"), said);
        assertTrue(said.contains("created  b.rollups.reviews\n"), said);
        assertEquals(List.of(
                        "differs  b.interactions: 2 partitions, the plan says at least 12",
                        "differs  b.rollups.nps: 1 partitions, the plan says at least 3",
                        "differs  b.rollups.nps: cleanup.policy is delete, the plan says compact"),
                said.lines().filter(l -> l.startsWith("differs")).toList(), said);
        assertTopic("b.rollups.nps", 1, "delete", WEEK_MS);
        assertTopic("b.interactions", 2, "delete", WEEK_MS);
        topics(1, "b.", "--check");
    }

    @Test
    void partitionsAndReplicationCanBeGivenForASmallCluster() throws Exception {
        topics(0, "c.", "--create", "--partitions", "2", "--replication.factor", "1");
        assertTopic("c.interactions", 2, "delete", WEEK_MS);
        assertTopic("c.rollups.reviews", 2, "compact", null);
        topics(1, "c.", "--check");
        topics(0, "c.", "--check", "--partitions", "2");
    }

    @Test
    void oneOfCreateOrCheckIsRequired() {
        assertTrue(CliRun.expectingExit(2, "topics", "--bootstrap.servers", kafka.bootstrapServers())
                .contains("give one of --create or --check"));
    }

    /** The twelve topic names under {@code prefix}, as the job's settings name them. */
    private static List<String> names(String prefix) {
        return Stream.of("feedback", "reviews", "interactions", "accounts", "scored", "rollups.nps",
                "rollups.reviews", "rollups.drivers", "customer-signals", "rollups.retention",
                "alerts", "deadletter").map(n -> prefix + n).toList();
    }

    /** The job's settings that name its topics under {@code prefix}. */
    private static Map<String, String> topicSettings(String prefix) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : names(prefix)) {
            String key = name.substring(prefix.length());
            settings.put(key.equals("alerts") ? "alerts.topic" : "topic." + key, name);
        }
        return settings;
    }

    /** Runs {@code topics} with the topics named under {@code prefix}; returns what it printed. */
    private static String topics(int expectedExit, String prefix, String... options) {
        List<String> args = new ArrayList<>(List.of("topics"));
        args.addAll(List.of(options));
        args.addAll(List.of("--bootstrap.servers", kafka.bootstrapServers()));
        topicSettings(prefix).forEach((key, name) -> {
            args.add("--" + key);
            args.add(name);
        });
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String err = CliRun.expectingExit(expectedExit, args.toArray(String[]::new));
            return printed.toString(StandardCharsets.UTF_8) + err;
        } finally {
            System.setOut(out);
        }
    }

    private static void assertTopic(String name, int partitions, String policy, Long retentionMs)
            throws Exception {
        try (Admin admin = kafka.admin()) {
            assertEquals(partitions, admin.describeTopics(List.of(name)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(name).partitions().size(), name);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(resource)).all()
                    .get(30, TimeUnit.SECONDS);
            Config config = configs.get(resource);
            assertEquals(policy, config.get("cleanup.policy").value(), name);
            if (retentionMs != null) {
                assertEquals(String.valueOf(retentionMs), config.get("retention.ms").value(), name);
            }
        }
    }
}
