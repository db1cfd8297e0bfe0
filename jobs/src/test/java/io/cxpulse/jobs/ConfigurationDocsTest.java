package io.cxpulse.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

/**
 * Every key the job accepts ({@link JobConfig#KEYS}, which the parsing itself is held to) is
 * documented with its default, and is in the example file. The {@code alerts.*} keys are
 * documented in the settings table of {@code docs/topics.md}, the others in the settings table
 * of {@code docs/configuration.md}.
 */
class ConfigurationDocsTest {
    private static final Path CONFIGURATION = Path.of("..", "docs", "configuration.md");
    private static final Path TOPICS = Path.of("..", "docs", "topics.md");
    private static final Path DEPLOY = Path.of("..", "docs", "deploy.md");
    private static final Path EXAMPLE = Path.of("..", "conf", "cx-pulse.properties");

    /** Names the properties file itself, so it has no place in one. */
    private static final Set<String> COMMAND_LINE_ONLY = Set.of("config");

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|([^|]*)\\|");
    private static final Pattern PROPERTY = Pattern.compile("^#?\\s*([A-Za-z0-9_.\\-]+)\\s*=(.*)$");

    @Test
    void everyAcceptedKeyHasARowInTheConfigurationDocs() throws IOException {
        Map<String, String> documented = documentedDefaults();
        List<String> missing = JobConfig.KEYS.stream()
                .filter(key -> !documented.containsKey(key))
                .map(key -> key + (isAlertKey(key) ? " (in " + TOPICS + ")" : " (in " + CONFIGURATION + ")"))
                .toList();
        assertEquals(List.of(), missing, "keys the job accepts but the docs do not list");
        assertTrue(Files.readString(CONFIGURATION).contains("| `alerts.*` |"),
                CONFIGURATION + " must point to the alert settings in topics.md");
    }

    @Test
    void theDocsListNoKeyTheJobRejects() throws IOException {
        List<String> unknown = documentedDefaults().keySet().stream()
                .filter(key -> !JobConfig.KEYS.contains(key))
                .filter(key -> !key.equals("alerts.*") && !key.equals("kafka.*"))
                .toList();
        assertEquals(List.of(), unknown, "keys documented but rejected as unknown by the job");
    }

    @Test
    void theDocumentedDefaultsAreTheJobsDefaults() throws IOException {
        JobConfig defaults = JobConfig.defaults();
        List<String> wrong = new ArrayList<>();
        documentedDefaults().forEach((key, value) -> {
            if (value.isEmpty() || !JobConfig.KEYS.contains(key) || COMMAND_LINE_ONLY.contains(key)) {
                return;
            }
            try {
                if (!JobConfig.from(ParameterTool.fromMap(Map.of(key, value))).equals(defaults)) {
                    wrong.add(key + " = " + value);
                }
            } catch (IllegalArgumentException e) {
                wrong.add(key + " = " + value + " (" + e.getMessage() + ")");
            }
        });
        assertEquals(List.of(), wrong, "documented defaults that differ from the job's");
    }

    @Test
    void everyAcceptedKeyIsInTheExampleFile() throws IOException {
        Set<String> listed = exampleKeys();
        List<String> missing = JobConfig.KEYS.stream()
                .filter(key -> !COMMAND_LINE_ONLY.contains(key) && !listed.contains(key))
                .toList();
        assertEquals(List.of(), missing, "keys the job accepts but " + EXAMPLE + " does not list");
    }

    @Test
    void theExampleFileHoldsTheDefaultsAndNothingUnknown() throws IOException {
        assertEquals(JobConfig.defaults(), JobConfig.from(ParameterTool.fromPropertiesFile(EXAMPLE.toFile())),
                EXAMPLE + " must set every key to its default");
    }

    @Test
    void theTopicsPageAndTheDeployCommandsNameEveryOutputTopic() throws IOException {
        String topics = Files.readString(TOPICS);
        String deploy = Files.readString(DEPLOY);
        List<String> missing = new ArrayList<>();
        for (String topic : JobConfig.defaults().outputTopics()) {
            if (!topics.contains("| [`" + topic + "`](#") || !topics.contains("\n### " + topic + "\n")) {
                missing.add(topic + " (topics.md table and section)");
            }
            if (!deploy.contains("--create --topic " + topic + " ")) {
                missing.add(topic + " (deploy.md kafka-topics.sh command)");
            }
        }
        assertEquals(List.of(), missing, "output topics the docs leave out");
    }

    private static boolean isAlertKey(String key) {
        return key.startsWith("alerts.");
    }

    /**
     * The rows of the settings table of configuration.md (the one headed {@code | key |}) and of
     * the alert settings table of topics.md, key to default (without backticks; empty when none).
     */
    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.putAll(table(Files.readAllLines(CONFIGURATION), "| key | default | meaning |"));
        rows.putAll(table(Files.readAllLines(TOPICS), "| Key | Default | Meaning |"));
        return rows;
    }

    private static Map<String, String> table(List<String> lines, String header) {
        Map<String, String> rows = new LinkedHashMap<>();
        int start = lines.indexOf(header);
        assertTrue(start >= 0, "no table headed " + header);
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.find()) {
                rows.put(m.group(1), m.group(2).trim().replace("`", ""));
            }
        }
        return rows;
    }

    private static Set<String> exampleKeys() throws IOException {
        Set<String> keys = new java.util.HashSet<>();
        for (String line : Files.readAllLines(EXAMPLE)) {
            Matcher m = PROPERTY.matcher(line.trim());
            if (m.matches()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
