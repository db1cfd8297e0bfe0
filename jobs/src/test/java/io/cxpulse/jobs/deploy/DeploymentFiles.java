package io.cxpulse.jobs.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/** The deployment files of the repository, read as the tools that use them read them. */
final class DeploymentFiles {
    static final Path ROOT = Path.of("..");
    static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    static final Path COMPOSE = ROOT.resolve("docker/compose.yaml");
    static final Path PROMETHEUS = ROOT.resolve("docker/prometheus.yml");
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes/cx-pulse.yaml");
    static final Path FLINK_CONFIG = ROOT.resolve("conf/flink/config.yaml");

    private DeploymentFiles() {}

    /** A YAML document as maps, lists and scalars, merge keys ({@code <<}) applied. */
    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    /** The value at a path of keys in nested maps. */
    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> yaml, String... keys) {
        Object value = yaml;
        for (String key : keys) {
            if (!(value instanceof Map)) {
                throw new AssertionError("no " + String.join(".", keys));
            }
            value = ((Map<String, Object>) value).get(key);
        }
        if (value == null) {
            throw new AssertionError("no " + String.join(".", keys));
        }
        return (T) value;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The text of an element of a pom, by XPath. */
    static String pom(Path pom, String xpath) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(pom.toFile());
        String value = XPathFactory.newInstance().newXPath().evaluate(xpath, doc).trim();
        if (value.isEmpty()) {
            throw new AssertionError(pom + " has no " + xpath);
        }
        return value;
    }
}
