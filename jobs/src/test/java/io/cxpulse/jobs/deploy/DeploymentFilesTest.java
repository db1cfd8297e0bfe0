package io.cxpulse.jobs.deploy;

import static io.cxpulse.jobs.deploy.DeploymentFiles.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.jobs.CxPulseJob;
import io.cxpulse.jobs.JobConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine or Kubernetes runs here, so the deployment files are held to each other and
 * to the build: image tags, the job jar's name and path, the entry class, the job's arguments
 * and the Flink settings must agree across docker/Dockerfile, docker/compose.yaml,
 * docker/prometheus.yml, deploy/kubernetes/cx-pulse.yaml, conf/flink/config.yaml,
 * docs/deploy.md and the poms.
 */
class DeploymentFilesTest {
    /** Where the image keeps the job jar: Flink's application mode finds it in usrlib. */
    static final String JAR = "/opt/flink/usrlib/cx-pulse-job.jar";
    static final String CLASSPATH = JAR + ":/opt/flink/lib/*";
    static final String CLI = "io.cxpulse.jobs.cli.CxPulseCli";
    static final String SAMPLE_DATA = "/opt/cx-pulse/sample-data";

    private static String flinkVersion;
    private static String kafkaVersion;
    private static String version;
    private static String jobJar;
    private static String mainClass;
    private static Map<String, Object> compose;
    private static Map<String, Object> kubernetes;
    private static Map<String, Object> flinkConfig;

    @BeforeAll
    static void read() throws Exception {
        Path root = DeploymentFiles.ROOT.resolve("pom.xml");
        Path jobs = Path.of("pom.xml");
        flinkVersion = DeploymentFiles.pom(root, "/project/properties/flink.version");
        kafkaVersion = DeploymentFiles.pom(root, "/project/properties/kafka.version");
        version = DeploymentFiles.pom(root, "/project/version");
        jobJar = DeploymentFiles.pom(jobs, "/project/artifactId") + "-${CX_PULSE_VERSION}-"
                + DeploymentFiles.pom(jobs, "//shadedClassifierName") + ".jar";
        mainClass = DeploymentFiles.pom(jobs, "//transformer/mainClass");
        compose = DeploymentFiles.yaml(DeploymentFiles.COMPOSE);
        kubernetes = DeploymentFiles.yaml(DeploymentFiles.KUBERNETES);
        flinkConfig = DeploymentFiles.yaml(DeploymentFiles.FLINK_CONFIG);
    }

    @Test
    void theImageIsTheOfficialFlinkImageWithTheShadedJarInUsrlib() throws Exception {
        List<String> dockerfile = DeploymentFiles.lines(DeploymentFiles.DOCKERFILE);
        assertTrue(dockerfile.contains("FROM flink:" + flinkVersion + "-java17"), "FROM");
        assertTrue(dockerfile.contains("ARG CX_PULSE_VERSION=" + version), "ARG");
        assertTrue(dockerfile.stream().anyMatch(l -> l.startsWith("COPY ")
                && l.endsWith(" jobs/target/" + jobJar + " " + JAR)), "COPY of the job jar");
        assertTrue(dockerfile.stream().anyMatch(l -> l.startsWith("COPY ")
                && l.contains(" conf/flink/config.yaml ")), "COPY of conf/flink/config.yaml");
        assertTrue(dockerfile.stream().anyMatch(l -> l.startsWith("COPY ")
                && l.endsWith(" sample-data " + SAMPLE_DATA)), "COPY of the sample data");
        assertTrue(dockerfile.stream().anyMatch(l -> l.contains("flink-metrics-prometheus")));
        assertEquals("io.cxpulse.jobs.CxPulseJob", mainClass);
    }

    @Test
    void composeRunsKafkaOfTheProjectsVersionAndTheJobImageForEveryFlinkPart() {
        assertEquals("apache/kafka:" + kafkaVersion, at(compose, "services", "kafka", "image"));
        for (String service : List.of("topics", "jobmanager", "taskmanager", "replayer")) {
            assertEquals("cx-pulse:" + version, at(compose, "services", service, "image"), service);
            assertEquals("docker/Dockerfile",
                    at(compose, "services", service, "build", "dockerfile"), service);
        }
        assertEquals(List.of("java", "-cp", CLASSPATH, CLI, "topics", "--create",
                "--bootstrap.servers", "kafka:9092"), at(compose, "services", "topics", "command"));
        List<String> replayer = at(compose, "services", "replayer", "command");
        assertEquals(List.of("java", "-cp", CLASSPATH, CLI, "replay"), replayer.subList(0, 5));
        assertEquals(SAMPLE_DATA, replayer.get(replayer.indexOf("--sample-data") + 1));
        assertEquals("kafka:9092", replayer.get(replayer.indexOf("--bootstrap.servers") + 1));
        assertTrue(at(compose, "services", "kafka", "environment", "KAFKA_ADVERTISED_LISTENERS")
                .toString().contains("PLAINTEXT://kafka:9092"));
        assertTrue((Integer) at(compose, "services", "taskmanager", "deploy", "replicas") >= 2);
    }

    @Test
    void composeStartsTheJobInApplicationModeWithArgumentsTheJobAccepts() {
        List<String> command = at(compose, "services", "jobmanager", "command");
        assertEquals(List.of("standalone-job", "--job-classname", mainClass), command.subList(0, 3));
        JobConfig config = jobConfig(command.subList(3, command.size()));
        assertEquals("kafka:9092", config.bootstrapServers());
        String properties = at(compose, "services", "jobmanager", "environment", "FLINK_PROPERTIES");
        assertTrue(properties.contains("jobmanager.rpc.address: jobmanager"));
        assertEquals(properties,
                at(compose, "services", "taskmanager", "environment", "FLINK_PROPERTIES"));
    }

    /** Checkpoints and savepoints in the directories of config.yaml, shared by every process. */
    @Test
    void composeSharesTheStateVolumeWhereConfigYamlKeepsState() {
        String checkpoints = at(flinkConfig, "execution.checkpointing.dir");
        String savepoints = at(flinkConfig, "execution.checkpointing.savepoint-dir");
        for (String service : List.of("jobmanager", "taskmanager")) {
            List<String> volumes = at(compose, "services", service, "volumes");
            assertTrue(volumes.contains("flink-data:/flink-data"), service);
        }
        assertTrue(checkpoints.startsWith("file:///flink-data/"));
        assertTrue(savepoints.startsWith("file:///flink-data/"));
    }

    @Test
    void prometheusScrapesTheReporterPortOfEveryFlinkProcess() throws Exception {
        String port = ":" + at(flinkConfig, "metrics.reporter.prom.port");
        Map<String, Object> prometheus = DeploymentFiles.yaml(DeploymentFiles.PROMETHEUS);
        String text = prometheus.toString();
        assertTrue(text.contains("jobmanager" + port), text);
        assertTrue(text.contains("names=[taskmanager]") && text.contains("port=" + port.substring(1)),
                text);
        List<String> volumes = at(compose, "services", "prometheus", "volumes");
        assertTrue(volumes.contains("./prometheus.yml:/etc/prometheus/prometheus.yml:ro"));
    }

    @Test
    void theFlinkDeploymentRunsTheSameJarEntryClassAndArguments() {
        assertEquals("FlinkDeployment", at(kubernetes, "kind"));
        String[] flink = flinkVersion.split("\\.");
        assertEquals("v" + flink[0] + "_" + flink[1], at(kubernetes, "spec", "flinkVersion"));
        assertTrue(at(kubernetes, "spec", "image").toString().endsWith("/cx-pulse:" + version));
        assertEquals("local://" + JAR, at(kubernetes, "spec", "job", "jarURI"));
        assertEquals(mainClass, at(kubernetes, "spec", "job", "entryClass"));
        List<String> args = at(kubernetes, "spec", "job", "args");
        List<String> composeCommand = at(compose, "services", "jobmanager", "command");
        jobConfig(args);
        assertEquals(optionNames(composeCommand.subList(3, composeCommand.size())), optionNames(args));
        assertEquals("savepoint", at(kubernetes, "spec", "job", "upgradeMode"));
        assertEquals(false, at(kubernetes, "spec", "job", "allowNonRestoredState"));
    }

    /** The settings of config.yaml, and durable places for state and HA metadata. */
    @Test
    void theFlinkDeploymentHasTheSettingsOfConfigYamlHaAndDurableState() {
        Map<String, Object> settings = at(kubernetes, "spec", "flinkConfiguration");
        flinkConfig.forEach((key, value) -> {
            assertTrue(settings.containsKey(key), "flinkConfiguration has no " + key);
            if (!key.endsWith(".dir") && !key.endsWith("-dir")) {
                assertEquals(String.valueOf(value), String.valueOf(settings.get(key)), key);
            }
        });
        for (String dir : List.of("execution.checkpointing.dir",
                "execution.checkpointing.savepoint-dir", "high-availability.storageDir")) {
            assertTrue(settings.get(dir).toString().startsWith("s3://"), dir);
        }
        assertEquals("kubernetes", settings.get("high-availability.type"));
        Map<String, Object> container = at(kubernetes, "spec", "podTemplate", "spec");
        String text = container.toString();
        assertTrue(text.contains("containerPort=" + at(flinkConfig, "metrics.reporter.prom.port")),
                text);
        assertTrue(text.contains("flink-s3-fs-presto-" + flinkVersion + ".jar"), text);
    }

    /** The production job refuses generated uids wherever it runs: in its code and on clusters. */
    @Test
    void configYamlRefusesGeneratedUidsAsTheJobDoes() {
        assertEquals(CxPulseJob.jobSettings().get(PipelineOptions.AUTO_GENERATE_UIDS),
                at(flinkConfig, "pipeline.auto-generate-uids"));
        assertEquals("rocksdb", at(flinkConfig, "state.backend.type"));
    }

    @Test
    void theDeployGuideNamesTheSameImagesJarAndEntryClass() throws Exception {
        String compose = MarkdownSection.of(MarkdownSection.DEPLOY, "Docker and Compose").text();
        String kubernetes = MarkdownSection.of(MarkdownSection.DEPLOY, "Kubernetes").text();
        String walkthrough = MarkdownSection.of(MarkdownSection.DEPLOY,
                "From an empty cluster to a running job, an upgrade and a rollback").text();
        for (String expected : List.of("flink:" + flinkVersion + "-java17",
                "apache/kafka:" + kafkaVersion, JAR, "docker compose -f docker/compose.yaml up",
                "cx-pulse:" + version)) {
            assertTrue(compose.contains(expected), "Docker and Compose: " + expected);
        }
        for (String expected : List.of("local://" + JAR, mainClass, "upgradeMode: savepoint",
                "deploy/kubernetes/cx-pulse.yaml")) {
            assertTrue(kubernetes.contains(expected), "Kubernetes: " + expected);
        }
        String jar = jobJar.replace("${CX_PULSE_VERSION}", version);
        for (String expected : List.of(jar, "bin/cx-pulse topics --create", "--savepointPath",
                "--allowNonRestoredState")) {
            assertTrue(walkthrough.contains(expected), "walkthrough: " + expected);
        }
    }

    private static JobConfig jobConfig(List<String> args) {
        return JobConfig.from(ParameterTool.fromArgs(args.toArray(String[]::new)));
    }

    private static Set<String> optionNames(List<String> args) {
        Set<String> names = new TreeSet<>();
        for (String arg : new ArrayList<>(args)) {
            if (arg.startsWith("--")) {
                names.add(arg);
            }
        }
        return names;
    }
}
