package io.cxpulse.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A standalone Flink session cluster of separate JVMs, started from Flink's own entry points on
 * a lib/ folder of Flink jars, without Flink's shell scripts: one JobManager and TaskManagers of
 * one slot each, which the test kills and replaces.
 */
final class FlinkCluster implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path lib;
    private final Path dir;
    private final Path conf;
    private final List<String> jvmFlags;
    private final int restPort;
    private final JavaProcess jobManager;
    private final Map<String, JavaProcess> taskManagers = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FlinkCluster(Path lib, Path dir, Path conf, List<String> jvmFlags, int restPort,
            JavaProcess jobManager) {
        this.lib = lib;
        this.dir = dir;
        this.conf = conf;
        this.jvmFlags = jvmFlags;
        this.restPort = restPort;
        this.jobManager = jobManager;
    }

    /** Writes conf/config.yaml (the project's cluster settings and this cluster's) and starts the JobManager. */
    static FlinkCluster start(Path lib, Path projectConfig, Path dir, List<String> jvmFlags)
            throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("tmp"));
        int restPort = FreePorts.next();
        int prometheusPorts = FreePorts.next();
        Map<String, String> settings = ClusterSettings.of(dir, restPort, FreePorts.next(),
                prometheusPorts + "-" + (prometheusPorts + 20));
        Files.writeString(conf.resolve("config.yaml"), ClusterSettings.merge(
                Files.readAllLines(projectConfig, StandardCharsets.UTF_8), settings), StandardCharsets.UTF_8);
        Log4jFiles.write(conf, "flink");
        List<String> jvm = new ArrayList<>(jvmFlags);
        jvm.addAll(List.of("-Xmx512m", "-Xms128m"));
        jvm.addAll(common(dir, conf));
        JavaProcess jm = JavaProcess.start("jobmanager", lib, jvm,
                "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                List.of("--configDir", conf.toString()), dir, Map.of());
        FlinkCluster cluster = new FlinkCluster(lib, dir, conf, jvmFlags, restPort, jm);
        cluster.awaitRegistered(null, Duration.ofSeconds(90));
        return cluster;
    }

    private static List<String> common(Path dir, Path conf) {
        return List.of("-Djava.io.tmpdir=" + dir.resolve("tmp").toAbsolutePath(),
                "-Dlog4j2.configurationFile=" + conf.resolve("log4j2-flink.properties").toAbsolutePath());
    }

    /** Starts TaskManagers with their own resource ids, and waits until the JobManager has them all. */
    void startTaskManagers(String... names) throws Exception {
        for (String name : names) {
            launch(name);
        }
        for (String name : names) {
            awaitRegistered(name, Duration.ofSeconds(120));
        }
    }

    private void launch(String name) throws IOException {
        List<String> jvm = new ArrayList<>(jvmFlags);
        jvm.addAll(ClusterSettings.taskManagerJvm());
        jvm.addAll(common(dir, conf));
        taskManagers.put(name, JavaProcess.start(name, lib, jvm,
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                List.of("--configDir", conf.toString(), "-D", "taskmanager.resource-id=" + name),
                dir, Map.of()));
    }

    /** {@code kill -9} of a TaskManager. */
    void killTaskManager(String name) throws InterruptedException {
        taskManagers.remove(name).close();
    }

    List<String> taskManagerNames() {
        return List.copyOf(taskManagers.keySet());
    }

    Path confDir() {
        return conf;
    }

    Path lib() {
        return lib;
    }

    Path dir() {
        return dir;
    }

    List<String> jvmFlags() {
        return jvmFlags;
    }

    String restAddress() {
        return "http://127.0.0.1:" + restPort;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(restAddress() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private boolean registered(String taskManager) throws IOException, InterruptedException {
        for (JsonNode tm : get("/taskmanagers").path("taskmanagers")) {
            if (tm.path("id").asText().equals(taskManager)) {
                return true;
            }
        }
        return taskManager == null;
    }

    /** Waits until the REST API answers and, unless null, the named TaskManager is registered. */
    private void awaitRegistered(String taskManager, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!jobManager.isAlive()) {
                throw new IllegalStateException("the JobManager stopped: see " + jobManager.log());
            }
            try {
                if (registered(taskManager)) {
                    return;
                }
            } catch (IOException notYet) {
                // REST not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((taskManager == null ? "the JobManager" : taskManager)
                        + " not registered in time: see " + dir);
            }
            Thread.sleep(300);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (JavaProcess tm : taskManagers.values()) {
            tm.close();
        }
        taskManagers.clear();
        jobManager.close();
    }
}
