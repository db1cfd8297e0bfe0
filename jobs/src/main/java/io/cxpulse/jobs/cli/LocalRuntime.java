package io.cxpulse.jobs.cli;

import io.cxpulse.jobs.CxPulseJob;
import java.io.IOException;
import java.net.ServerSocket;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Flink's local runtime in this JVM, with the web UI on a free port. */
final class LocalRuntime {
    private final StreamExecutionEnvironment env;
    private final int webPort;

    private LocalRuntime(StreamExecutionEnvironment env, int webPort) {
        this.env = env;
        this.webPort = webPort;
    }

    static LocalRuntime start(int parallelism) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Configuration settings = CxPulseJob.localSettings();
        settings.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        settings.set(RestOptions.PORT, port);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(settings);
        env.setParallelism(parallelism);
        return new LocalRuntime(env, port);
    }

    StreamExecutionEnvironment env() {
        return env;
    }

    String webUrl() {
        return "http://127.0.0.1:" + webPort;
    }
}
