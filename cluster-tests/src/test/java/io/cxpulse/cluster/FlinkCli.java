package io.cxpulse.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code flink} command (CliFrontend) as a user runs it, with FLINK_CONF_DIR set. */
final class FlinkCli {
    private static final Pattern JOB_ID = Pattern.compile("JobID ([0-9a-f]{32})");
    private static final Pattern SAVEPOINT = Pattern.compile("Savepoint completed\\. Path: (\\S+)");

    private final FlinkCluster cluster;
    private int calls;

    FlinkCli(FlinkCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * {@code flink run --detached [-s savepoint] <jar> <args>}.
     *
     * @return the job id
     */
    String runDetached(Path jar, String savepoint, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("run", "--detached"));
        if (savepoint != null) {
            command.addAll(List.of("--fromSavepoint", savepoint));
        }
        command.add(jar.toAbsolutePath().toString());
        command.addAll(args);
        return find(JOB_ID, call(command));
    }

    /**
     * {@code flink stop --savepointPath DIR <job>}: a savepoint, then the job stops; no
     * {@code --drain}, so windows stay open in the savepoint.
     *
     * @return the savepoint's path
     */
    String stopWithSavepoint(String jobId, Path savepoints) throws Exception {
        return find(SAVEPOINT, call(List.of("stop", "--savepointPath",
                savepoints.toUri().toString(), jobId)));
    }

    private String call(List<String> args) throws Exception {
        String name = "flink-cli-" + (++calls);
        List<String> jvm = new ArrayList<>(cluster.jvmFlags());
        jvm.addAll(List.of("-Xmx256m",
                "-Djava.io.tmpdir=" + cluster.dir().resolve("tmp").toAbsolutePath(),
                "-Dlog4j2.configurationFile="
                        + cluster.confDir().resolve("log4j2-flink.properties").toAbsolutePath()));
        JavaProcess cli = JavaProcess.start(name, cluster.lib(), jvm,
                "org.apache.flink.client.cli.CliFrontend", args, cluster.dir(),
                Map.of("FLINK_CONF_DIR", cluster.confDir().toAbsolutePath().toString()));
        int code = cli.await(180);
        String output = Files.readString(cli.log(), StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException("flink " + args.get(0) + " exited " + code + ":\n" + output);
        }
        return output;
    }

    private static String find(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + output);
        }
        return m.group(1);
    }
}
