package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.CxPulseJob;
import java.io.IOException;
import java.net.ServerSocket;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Flink's local runtime in this JVM, with the web UI (and REST API) on a free port. */
final class LocalRuntime {
    static final String ADDRESS = "127.0.0.1";

    private final StreamExecutionEnvironment env;
    private final int webPort;

    private LocalRuntime(StreamExecutionEnvironment env, int webPort) {
        this.env = env;
        this.webPort = webPort;
    }

    /** With {@link CxPulseJob#localSettings()}: checkpoints in a temporary folder. */
    static LocalRuntime start(int parallelism) throws IOException {
        return start(parallelism, CxPulseJob.localSettings(), null);
    }

    /**
     * @param restore the checkpoint or savepoint the job starts from
     *     ({@code execution.state-recovery.path}), or null to start without state
     */
    static LocalRuntime start(int parallelism, Configuration settings, String restore)
            throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        settings.set(RestOptions.BIND_ADDRESS, ADDRESS);
        settings.set(RestOptions.ADDRESS, ADDRESS);
        settings.set(RestOptions.PORT, port);
        if (restore != null) {
            settings.set(StateRecoveryOptions.SAVEPOINT_PATH, restore);
        }
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(settings);
        env.setParallelism(parallelism);
        return new LocalRuntime(env, port);
    }

    StreamExecutionEnvironment env() {
        return env;
    }

    int webPort() {
        return webPort;
    }

    String webUrl() {
        return "http://" + ADDRESS + ":" + webPort;
    }
}
