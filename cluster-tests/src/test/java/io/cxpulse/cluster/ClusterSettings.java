package io.cxpulse.cluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cluster test adds to conf/flink/config.yaml: loopback addresses and free ports,
 * memory for a 2-core machine, checkpoints and savepoints under target/, quick detection of a
 * lost TaskManager and short restart delays.
 */
final class ClusterSettings {
    private ClusterSettings() {}

    static Map<String, String> of(Path dir, int restPort, int rpcPort, String prometheusPorts) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("jobmanager.rpc.address", "127.0.0.1");
        s.put("jobmanager.rpc.port", String.valueOf(rpcPort));
        s.put("jobmanager.bind-host", "127.0.0.1");
        s.put("rest.address", "127.0.0.1");
        s.put("rest.bind-address", "127.0.0.1");
        s.put("rest.port", String.valueOf(restPort));
        s.put("taskmanager.host", "127.0.0.1");
        s.put("taskmanager.bind-host", "127.0.0.1");
        s.put("metrics.reporter.prom.port", prometheusPorts);
        s.put("execution.checkpointing.dir", dir.resolve("checkpoints").toUri().toString());
        s.put("execution.checkpointing.savepoint-dir", dir.resolve("savepoints").toUri().toString());
        s.put("io.tmp.dirs", dir.resolve("tmp").toAbsolutePath().toString());
        s.put("parallelism.default", "2");
        // one slot per TaskManager: the job at parallelism 2 runs on both, so every kill hits it
        s.put("taskmanager.numberOfTaskSlots", "1");
        // without Flink's scripts every memory component is given (TECH-NOTES), sized for a test
        s.put("jobmanager.memory.process.size", "768m");
        s.put("taskmanager.cpu.cores", "1");
        s.put("taskmanager.memory.framework.heap.size", "64m");
        s.put("taskmanager.memory.task.heap.size", "320m");
        s.put("taskmanager.memory.framework.off-heap.size", "64m");
        s.put("taskmanager.memory.task.off-heap.size", "0m");
        s.put("taskmanager.memory.network.min", "96m");
        s.put("taskmanager.memory.network.max", "96m");
        s.put("taskmanager.memory.managed.size", "128m");
        s.put("taskmanager.memory.jvm-metaspace.size", "192m");
        s.put("taskmanager.memory.jvm-overhead.min", "128m");
        s.put("taskmanager.memory.jvm-overhead.max", "128m");
        // a killed TaskManager is noticed within seconds (heartbeats to it fail), and the job
        // restarts soon after; a live one that is slow on a busy machine is not given up on
        s.put("heartbeat.interval", "2 s");
        s.put("heartbeat.timeout", "30 s");
        s.put("restart-strategy.exponential-delay.initial-backoff", "1 s");
        s.put("restart-strategy.exponential-delay.max-backoff", "5 s");
        return s;
    }

    /** JVM sizes matching the memory components above. */
    static List<String> taskManagerJvm() {
        return List.of("-Xmx384m", "-Xms384m", "-XX:MaxDirectMemorySize=160m",
                "-XX:MaxMetaspaceSize=192m");
    }

    /** The project's file with each key given here replaced, then those keys appended. */
    static String merge(List<String> projectLines, Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        for (String line : projectLines) {
            String trimmed = line.trim();
            int colon = trimmed.indexOf(':');
            boolean replaced = !trimmed.startsWith("#") && colon > 0
                    && settings.containsKey(trimmed.substring(0, colon).trim());
            if (!replaced) {
                out.append(line).append('\n');
            }
        }
        out.append("\n# the cluster test's own\n");
        settings.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        return out.toString();
    }
}
