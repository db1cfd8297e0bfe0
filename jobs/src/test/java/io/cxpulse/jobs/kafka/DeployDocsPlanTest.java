package io.cxpulse.jobs.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.JobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.Test;

/**
 * docs/deploy.md shows the topic plan and the job's ACLs as the code declares them: the table and
 * the {@code kafka-topics.sh} commands of {@code ## Topics} are the {@link TopicPlan} of the
 * default settings, and the table and {@code kafka-acls.sh} commands of
 * {@code ## Access: ACLs and SASL_SSL} are {@link JobAcls} for {@code User:cx-pulse}. A failure
 * prints the lines the docs should hold.
 */
class DeployDocsPlanTest {
    private static final Path DEPLOY = Path.of("..", "docs", "deploy.md");
    private static final Path TOPICS = Path.of("..", "docs", "topics.md");
    static final String PRINCIPAL = "User:cx-pulse";

    @Test
    void theTopicsTableIsThePlan() throws IOException {
        List<String> expected = new ArrayList<>(List.of(
                "| topic | partitions | cleanup.policy | retention.ms |", "|---|---|---|---|"));
        for (PlannedTopic t : plan().topics()) {
            expected.add("| `" + t.name() + "` | " + t.partitions() + " | " + t.cleanupPolicy() + " | "
                    + (t.retention() == null ? "(compacted: the latest record of each key stays)"
                            : t.retention().toMillis() + " (" + days(t.retention()) + ")") + " |");
        }
        assertLines(expected, linesStartingWith(section("Topics"), "|"));
    }

    /** docs/topics.md's table gives each topic's cleanup policy with its key; the plan follows it. */
    @Test
    void thePlansCleanupPoliciesAreThoseOfTheTopicContracts() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TOPICS)) {
            // | [`topic`](#anchor) | direction | key (pipes escaped) | cleanup policy | schema |
            String[] cells = line.split("(?<!\\\\)\\|");
            if (cells.length > 4 && cells[1].startsWith(" [`")) {
                documented.put(cells[1].substring(3, cells[1].indexOf("`]")),
                        cells[4].replace("*", "").trim().split("[ ,]")[0]);
            }
        }
        Map<String, String> planned = new LinkedHashMap<>();
        plan().topics().forEach(t -> planned.put(t.name(), t.cleanupPolicy()));
        assertEquals(documented, planned);
    }

    @Test
    void theKafkaTopicsCommandsAreThePlan() throws IOException {
        List<String> expected = new ArrayList<>();
        for (PlannedTopic t : plan().topics()) {
            expected.add("kafka-topics.sh --bootstrap-server $BROKERS --create --topic " + t.name()
                    + " --partitions " + t.partitions() + " \\");
            StringBuilder configs = new StringBuilder(" ");
            new java.util.TreeMap<>(t.configs()).forEach((k, v) ->
                    configs.append(" --config ").append(k).append('=').append(v));
            expected.add(configs.toString());
        }
        assertLines(expected, linesStartingWith(section("Topics"), "kafka-topics.sh", "  --"));
    }

    @Test
    void theAclTableIsWhatTheJobIsGranted() throws IOException {
        List<String> expected = new ArrayList<>(List.of(
                "| resource type | name | pattern type | operation |", "|---|---|---|---|"));
        for (AclBinding acl : acls()) {
            expected.add("| " + word(acl.pattern().resourceType().name()) + " | `"
                    + acl.pattern().name() + "` | " + acl.pattern().patternType().name()
                            .toLowerCase(Locale.ROOT) + " | " + word(acl.entry().operation().name())
                    + " |");
        }
        assertLines(expected, linesStartingWith(section("Access: ACLs and SASL_SSL"), "|"));
    }

    /** One kafka-acls.sh command per operation and pattern type, naming all its resources. */
    @Test
    void theKafkaAclsCommandsAreWhatTheJobIsGranted() throws IOException {
        Map<String, StringBuilder> commands = new LinkedHashMap<>();
        for (AclBinding acl : acls()) {
            String operation = word(acl.entry().operation().name());
            PatternType pattern = acl.pattern().patternType();
            String option = "--" + acl.pattern().resourceType().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-');
            commands.computeIfAbsent(operation + pattern, k -> new StringBuilder(
                    "kafka-acls.sh --bootstrap-server $BROKERS --command-config admin.properties --add"
                            + " --allow-principal " + PRINCIPAL + " --operation " + operation
                            + (pattern == PatternType.LITERAL ? "" : " --resource-pattern-type "
                                    + pattern.name().toLowerCase(Locale.ROOT)) + " \\\n "))
                    .append(" ").append(option).append(' ').append(acl.pattern().name());
        }
        List<String> expected = commands.values().stream()
                .flatMap(c -> c.toString().lines()).toList();
        assertLines(expected, linesStartingWith(section("Access: ACLs and SASL_SSL"),
                "kafka-acls.sh", "  --topic", "  --group", "  --transactional-id"));
    }

    private static TopicPlan plan() {
        return TopicPlan.of(JobConfig.defaults());
    }

    private static List<AclBinding> acls() {
        return JobAcls.bindings(JobConfig.defaults(), PRINCIPAL);
    }

    private static String days(Duration d) {
        return d.toDays() + (d.toDays() == 1 ? " day" : " days");
    }

    /** {@code TRANSACTIONAL_ID} as {@code TransactionalId}, {@code READ} as {@code Read}. */
    private static String word(String constant) {
        StringBuilder word = new StringBuilder();
        for (String part : constant.split("_")) {
            word.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return word.toString();
    }

    private static void assertLines(List<String> expected, List<String> found) {
        assertEquals(String.join("\n", expected), String.join("\n", found),
                DEPLOY + " must hold exactly these lines:\n" + String.join("\n", expected) + "\n");
    }

    static String section(String title) throws IOException {
        String text = Files.readString(DEPLOY);
        int start = text.indexOf("\n## " + title + "\n");
        assertTrue(start >= 0, DEPLOY + " has no section ## " + title);
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<String> linesStartingWith(String text, String... starts) {
        return text.lines()
                .filter(line -> List.of(starts).stream().anyMatch(line::startsWith))
                .toList();
    }
}
